/**
 * The "pass it through an environment variable" quick fix shared by the GitHub and Azure
 * DevOps script-injection rules: each injected expression in an inline script is replaced by
 * a reference to a new variable of the step's `env:`, written for the script's language, so
 * the value reaches the script as data instead of being pasted into its code.
 *
 * Quoting is decided from the script line before the expression: inside double quotes the
 * bare reference is used (`${NAME}` / `${env:NAME}`), outside quotes it is wrapped
 * (`"$NAME"` / `$env:NAME`); inside single quotes no fix is offered (the text is probably
 * code for another interpreter, where a shell variable would not expand).
 */
import type { YAMLMap } from 'yaml';
import type { TextEdit } from '../../engine/types';
import { insertIntoKeyEdit, yamlString } from '../yaml/edits';
import type { Quoting } from './expressions';

export type EnvLanguage = 'bash' | 'pwsh' | 'powershell' | 'js';

export interface EnvSite {
  /** The expression in the source (`${{ … }}` or `$(…)`). */
  readonly start: number;
  readonly end: number;
  /** The value the env variable gets, as YAML source text (e.g. `${{ github.head_ref }}`). */
  readonly envValue: string;
  /** Preferred variable name (already upper snake case). */
  readonly name: string;
}

export interface EnvFixInput {
  readonly text: string;
  readonly language: EnvLanguage;
  /** The script scalar's span and quoting (sites lie inside it). */
  readonly scriptStart: number;
  readonly scriptEnd: number;
  readonly quoting: Quoting;
  /** The step mapping (gets or extends `env:`). */
  readonly stepMap: YAMLMap;
  /** Existing env entries of the step: name → value source (to reuse or avoid names). */
  readonly stepEnv: ReadonlyMap<string, string>;
  /** Other names in scope that must not be shadowed (job / workflow env). */
  readonly reserved: ReadonlySet<string>;
  readonly sites: readonly EnvSite[];
}

/** Upper snake case from a dotted path's last two meaningful segments. */
export function envNameFromPath(path: string): string {
  let segs = path.split('.').filter((s) => s && s !== '*');
  if (segs[0] === 'github' && segs[1] === 'event') segs = segs.slice(2);
  else if (segs[0] === 'github') segs = segs.slice(1);
  let name = segs
    .slice(-2)
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!name) name = path === 'github' ? 'GH_CONTEXT' : 'EVENT_JSON';
  if (/^[0-9]/.test(name)) name = 'V_' + name;
  if (name.startsWith('GITHUB_')) name = 'GH_' + name.slice(7);
  return name.slice(0, 60);
}

type QuoteState = 'none' | 'single' | 'double';

function unescapeLine(s: string, quoting: Quoting): string {
  if (quoting === 'single') return s.replace(/''/g, "'");
  if (quoting === 'double') return s.replace(/\\(["\\])/g, '$1');
  return s;
}

/** The shell quote state at the end of `prefix` (one line of script). */
function quoteState(prefix: string, language: EnvLanguage): QuoteState {
  let state: QuoteState = 'none';
  const escape = language === 'bash' ? '\\' : '`';
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charAt(i);
    if (state === 'single') {
      if (c === "'") state = 'none';
    } else if (state === 'double') {
      if (c === escape) i++;
      else if (c === '"') state = 'none';
    } else if (c === escape) i++;
    else if (c === "'") state = 'single';
    else if (c === '"') state = 'double';
  }
  return state;
}

function lineStartIn(text: string, offset: number, floor: number): number {
  let i = offset;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** Whether `before` (script text up to a site) ends inside a here-document, and of which kind. */
function openHeredoc(before: string): 'quoted' | 'plain' | undefined {
  if (!before.includes('<<')) return undefined;
  const re = /<<(-?)[ \t]*(['"]?)([A-Za-z_][\w-]{0,50})\2/g;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  if (!last) return undefined;
  const word = last[3] as string;
  const after = before.slice(last.index + last[0].length);
  const lines = after.split(/\r?\n/).slice(1, -1); // complete lines after the opener, before the site's line
  const closed = lines.some((l) => (last?.[1] ? l.replace(/^\t+/, '') : l).trim() === word);
  if (closed) return undefined;
  return last[2] ? 'quoted' : 'plain';
}

/** The replacement text for one site, or undefined when no safe form exists. */
function replacement(input: EnvFixInput, site: EnvSite, name: string): { start: number; end: number; text: string } | undefined {
  const { text, language, scriptStart } = input;
  const contentStart = input.quoting === 'single' || input.quoting === 'double' ? scriptStart + 1 : scriptStart;
  const ls = lineStartIn(text, site.start, contentStart);
  const prefix = unescapeLine(text.slice(ls, site.start), input.quoting);
  if (language === 'js') {
    const before = text.charAt(site.start - 1);
    const after = text.charAt(site.end);
    if ((before === '"' || before === "'") && after === before) return { start: site.start - 1, end: site.end + 1, text: `process.env.${name}` };
    const sofar = text.slice(contentStart, site.start);
    const backticks = (sofar.match(/(?<!\\)`/g) ?? []).length;
    if (backticks % 2 === 1) return { start: site.start, end: site.end, text: `\${process.env.${name}}` };
    return undefined;
  }
  if (language === 'bash') {
    const heredoc = openHeredoc(text.slice(contentStart, site.start));
    if (heredoc === 'quoted') return undefined; // no expansion inside <<'EOF'
    if (heredoc === 'plain') return { start: site.start, end: site.end, text: `\${${name}}` };
  }
  const state = quoteState(prefix, language);
  if (state === 'single') return undefined;
  if (language === 'bash') return { start: site.start, end: site.end, text: state === 'double' ? `\${${name}}` : `"$${name}"` };
  return { start: site.start, end: site.end, text: state === 'double' ? `\${env:${name}}` : `$env:${name}` };
}

/** Names referenced in the script as variables (`$X`, `${X}`, `$env:X`, `process.env.X`, `%X%`). */
function namesUsedIn(script: string): Set<string> {
  const out = new Set<string>();
  const re = /\$\{?(?:env:)?([A-Za-z_][A-Za-z0-9_]{0,100})|process\.env\.([A-Za-z_][A-Za-z0-9_]{0,100})|%([A-Za-z_][A-Za-z0-9_]{0,100})%/g;
  const s = script.length > 200_000 ? script.slice(0, 200_000) : script;
  for (let m = re.exec(s); m; m = re.exec(s)) out.add((m[1] ?? m[2] ?? m[3] ?? '').toUpperCase());
  return out;
}

/**
 * The edits of the fix, or undefined when any site cannot be rewritten safely (then no
 * partial fix is offered).
 */
export function moveToEnvEdits(input: EnvFixInput): TextEdit[] | undefined {
  // huge scripts get no fix: quoting analysis is per line and per site, keep it bounded
  if (!input.sites.length || input.scriptEnd - input.scriptStart > 100_000) return undefined;
  const used = namesUsedIn(input.text.slice(input.scriptStart, input.scriptEnd));
  const taken = new Set<string>([...input.reserved].map((n) => n.toUpperCase()));
  for (const n of input.stepEnv.keys()) taken.add(n.toUpperCase());
  for (const n of used) taken.add(n);
  const byValue = new Map<string, string>();
  for (const [n, v] of input.stepEnv) byValue.set(v.trim(), n);
  const added: [string, string][] = [];
  const edits: TextEdit[] = [];
  for (const site of input.sites) {
    const key = site.envValue.trim();
    let name = byValue.get(key);
    if (!name) {
      name = site.name;
      for (let i = 2; taken.has(name.toUpperCase()); i++) name = `${site.name}_${i}`;
      taken.add(name.toUpperCase());
      byValue.set(key, name);
      added.push([name, key]);
    }
    const r = replacement(input, site, name);
    if (!r) return undefined;
    // the replacement lives inside a YAML scalar: encode it for the scalar's quoting
    let newText = r.text;
    if (input.quoting === 'double') newText = newText.replace(/["\\]/g, '\\$&');
    else if (input.quoting === 'single') newText = newText.replace(/'/g, "''");
    else if (input.quoting === 'plain' && r.start === input.scriptStart && /^["'`]/.test(newText)) return undefined;
    edits.push({ start: r.start, end: r.end, newText });
  }
  if (added.length) {
    const entry = added.map(([n, v]) => `${n}: ${yamlString(v)}`).join('\n');
    const envEdit = insertIntoKeyEdit(input.text, input.stepMap, 'env', entry);
    if (!envEdit) return undefined;
    edits.push(envEdit);
  }
  return edits;
}
