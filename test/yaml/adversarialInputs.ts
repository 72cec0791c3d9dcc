/**
 * Adversarial inputs for the YAML scalar scanner, built by name (so a worker thread can
 * build them itself instead of receiving megabytes through `postMessage`).
 */
const LINE = 100_000;

function fill(unit: string, size = LINE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function blockSeqNesting(levels: number): string {
  const lines: string[] = [];
  for (let i = 0; i < levels; i++) lines.push(`${' '.repeat(i)}-`);
  lines.push(`${' '.repeat(levels)}leaf`);
  return lines.join('\n');
}

function blockMapNesting(levels: number): string {
  const lines: string[] = [];
  for (let i = 0; i < levels; i++) lines.push(`${' '.repeat(i)}k${i}:`);
  lines.push(`${' '.repeat(levels)}leaf`);
  return lines.join('\n');
}

const BUILDERS: Record<string, () => string> = {
  "100 KB of '": () => fill("'"),
  '100 KB of "': () => fill('"'),
  '100 KB of {[{[': () => fill('{['),
  '100 KB of ]}]}': () => fill(']}'),
  '100 KB of - - - -': () => fill('- '),
  '100 KB of a: a: a:': () => fill('a: '),
  '100 KB of &a *a': () => fill('&a *a '),
  '100 KB of ? ? ?': () => fill('? '),
  '100 KB of : : :': () => fill(': '),
  '100 KB of !!': () => fill('!'),
  '100 KB of # ': () => fill('# '),
  '100 KB of "\\': () => fill('"\\'),
  "100 KB of ''' ": () => fill("''' "),
  '100 KB of | >': () => fill('| > '),
  '100 KB of |+9': () => fill('|+9'),
  '100 KB of tabs': () => fill('\t'),
  '100 KB of %': () => fill('%'),
  '100 KB of ,': () => fill(','),
  '100 KB of [a,': () => fill('[a,'),
  '100 KB of {a: ': () => fill('{a: '),
  '100 KB of "a": ': () => fill('"a": '),
  '100 KB of key:value': () => fill('k:v '),
  '100 KB numeric-looking plain value': () => `k: ${fill('1')}e`,
  '100 KB of 1.1.1.': () => `k: ${fill('1.')}`,
  '100 KB numeric-looking key': () => `${fill('9')}: v`,
  '100 KB of \\u escapes in quotes': () => `"${fill('\\uD800\\x4\\U0010FFFF\\q')}"`,
  '100 KB of lines "- -"': () => fill('- -\n'),
  '100 KB of lines "a:"': () => fill('a:\n'),
  '100 KB of lines " a:"': () => fill(' a:\n'),
  '100 KB of lines "? a"': () => fill('? a\n: b\n'),
  '100 KB of lines "|"': () => fill('|\n'),
  '100 KB of lines ---': () => fill('---\n'),
  '100 KB of lines ...': () => fill('...\n'),
  '100 KB of lines with an unclosed quote': () => fill('a: "x\n'),
  '100 KB of lines with an unclosed single quote': () => fill("a: 'x\n  y\n"),
  '100 KB of CR': () => fill('\r'),
  '100 KB of CRLF': () => fill('\r\n'),
  '100 KB of blank lines then a value': () => `a: |\n${fill('\n')}  x`,
  '100 KB block scalar of spaces': () => `a: |\n${fill(' ')}`,
  '10,000-level flow sequence nesting': () => `${'['.repeat(10_000)}x${']'.repeat(10_000)}`,
  '10,000-level flow mapping nesting': () => `${'{a: '.repeat(10_000)}x${'}'.repeat(10_000)}`,
  '10,000 unclosed flow brackets': () => `k: ${'[{'.repeat(5_000)}`,
  '10,000-level compact block sequences': () => `${'- '.repeat(10_000)}x`,
  '10,000-level compact block mappings': () => `${'a: '.repeat(10_000)}x`,
  '2,000-level indented block sequences': () => blockSeqNesting(2_000),
  '2,000-level indented block mappings': () => blockMapNesting(2_000),
  'flow nesting with a scalar at every level': () => `${'[a, '.repeat(25_000)}b${']'.repeat(25_000)}`,
  '10 MB single line plain value': () => `key: ${fill('x', 10_000_000)}`,
  '10 MB single line flow sequence': () => `[${fill('a, ', 10_000_000)}]`,
  '10 MB single double-quoted line with escapes': () => `k: "${fill('ab\\n', 10_000_000)}"`,
  'NUL bytes': () => fill('a: \0\0\n- \0\n"\0": \0\n'),
  'invalid surrogates': () => fill('k: \uD800x\uDC00 "\uDFFF" \uD83D\n'),
  'BOM everywhere': () => fill('\uFEFFa: \uFEFF\n'),
  'mixed garbage': () => fill('- ? : & * ! | > " \' # % @ ` { } [ ] , \t\r\n'),
};

export const ADVERSARIAL_NAMES: readonly string[] = Object.keys(BUILDERS);

export function adversarialInput(name: string): string {
  const build = BUILDERS[name];
  if (!build) throw new Error(`unknown adversarial input ${name}`);
  return build();
}
