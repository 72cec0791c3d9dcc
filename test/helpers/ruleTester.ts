/**
 * RuleTester in the typescript-eslint style: `valid` cases must produce no finding of the
 * rule; `invalid` cases must produce exactly the listed findings (in order), and when any
 * finding carries a fix the case must state the `output` after applying each finding's
 * first fix. Also checks that the rule does not mutate its options, that fix titles are
 * capitalised without a trailing period, that messages never hold a `{{placeholder}}`,
 * and that cases are not duplicated. Fixtures must parse unless `allowSyntaxErrors`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fixes';
import type { Rule } from '../../server/src/engine/rule';
import type { Finding, FileKind } from '../../server/src/engine/types';
import { analyzeText } from './analyzeText';

export interface ValidCase {
  readonly name?: string;
  readonly code: string;
  readonly path?: string;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly files?: Readonly<Record<string, string>>;
  readonly allowSyntaxErrors?: boolean;
}

export interface ExpectedFinding {
  readonly messageId?: string;
  /** Substring or pattern the message must match. */
  readonly message?: string | RegExp;
  /** 1-based, like editors show. */
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** The exact source text the finding highlights. */
  readonly text?: string;
  /** Related locations' messages must match these, in order. */
  readonly related?: readonly (string | RegExp)[];
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
  /** Text after applying every finding's first fix (or `fixIndex`). Required when any fix exists. */
  readonly output?: string;
  /** Which fix of each finding to apply for `output` (default 0). */
  readonly fixIndex?: number;
  /** Expected fix titles of the first finding, when worth pinning. */
  readonly fixTitles?: readonly string[];
}

export interface RuleTests {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly InvalidCase[];
}

const DEFAULT_PATHS: Record<FileKind, string> = {
  bicep: 'main.bicep',
  bicepparam: 'main.bicepparam',
  azureml: 'job.yml',
  'github-workflow': '.github/workflows/ci.yml',
  'github-action': 'action.yml',
  'azure-pipelines': 'azure-pipelines.yml',
  yaml: 'config.yml',
  json: 'appsettings.json',
};

export function defaultPathFor(rule: Rule): string {
  const kind = rule.meta.appliesTo[0] ?? 'yaml';
  return DEFAULT_PATHS[kind];
}

function run(rule: Rule, c: ValidCase): Finding[] {
  const options = c.options ? deepFreeze(structuredClone(c.options)) : undefined;
  const result = analyzeText(c.code, {
    path: c.path ?? defaultPathFor(rule),
    rules: [rule],
    files: c.files,
    config: options ? { rules: { [rule.meta.id]: { options } } } : undefined,
  });
  assert.deepEqual(result.ruleErrors, [], `rule threw: ${JSON.stringify(result.ruleErrors)}`);
  if (!c.allowSyntaxErrors) {
    const syntax = result.findings.filter((f) => f.ruleId === 'syntax-error');
    assert.deepEqual(
      syntax.map((f) => f.message),
      [],
      'fixture has syntax errors (set allowSyntaxErrors if intended)',
    );
  }
  for (const f of result.findings) {
    assert.doesNotMatch(f.message, /\{\{\s*\w+\s*\}\}/, `message has an unfilled placeholder: ${f.message}`);
    for (const fix of f.fixes) {
      assert.match(fix.title, /^[A-Z`$@#]/, `fix title should start with a capital: ${fix.title}`);
      assert.doesNotMatch(fix.title, /\.$/, `fix title should not end with a period: ${fix.title}`);
    }
  }
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i + 1;
    }
  }
  return { line, column: offset - last + 1 };
}

export function ruleTester(rule: Rule, tests: RuleTests): void {
  const seen = new Set<string>();
  const key = (c: ValidCase) => JSON.stringify([c.code, c.path, c.options, c.files]);
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const [i, raw] of tests.valid.entries()) {
        const c: ValidCase = typeof raw === 'string' ? { code: raw } : raw;
        it(c.name ?? `valid #${i + 1}`, () => {
          assert.ok(!seen.has(key(c)), 'duplicate test case');
          seen.add(key(c));
          const findings = run(rule, c);
          assert.deepEqual(
            findings.map((f) => `${lineCol(c.code, f.span.start).line}: ${f.message}`),
            [],
            'expected no finding',
          );
        });
      }
    });
    describe('invalid', () => {
      for (const [i, c] of tests.invalid.entries()) {
        it(c.name ?? `invalid #${i + 1}`, () => {
          assert.ok(!seen.has(key(c)), 'duplicate test case');
          seen.add(key(c));
          assert.ok(c.errors.length > 0, 'an invalid case must expect at least one finding');
          const findings = run(rule, c);
          assert.equal(
            findings.length,
            c.errors.length,
            `expected ${c.errors.length} finding(s), got ${findings.length}:\n${findings.map((f) => `  ${lineCol(c.code, f.span.start).line}: ${f.message}`).join('\n')}`,
          );
          for (const [j, exp] of c.errors.entries()) {
            const f = findings[j] as Finding;
            const s = lineCol(c.code, f.span.start);
            const e = lineCol(c.code, f.span.end);
            if (exp.messageId !== undefined) {
              const template = (rule.meta.messages as Record<string, string>)[exp.messageId];
              assert.ok(template !== undefined, `unknown messageId ${exp.messageId}`);
              const parts = template.split(/\{\{\s*\w+\s*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
              const pattern = new RegExp('^' + parts.join('[\\s\\S]*?') + '$');
              assert.match(f.message, pattern, `finding ${j + 1} should use messageId ${exp.messageId}`);
            }
            if (exp.message !== undefined) {
              if (typeof exp.message === 'string') assert.ok(f.message.includes(exp.message), `message "${f.message}" should include "${exp.message}"`);
              else assert.match(f.message, exp.message);
            }
            if (exp.line !== undefined) assert.equal(s.line, exp.line, `finding ${j + 1} line`);
            if (exp.column !== undefined) assert.equal(s.column, exp.column, `finding ${j + 1} column`);
            if (exp.endLine !== undefined) assert.equal(e.line, exp.endLine, `finding ${j + 1} endLine`);
            if (exp.endColumn !== undefined) assert.equal(e.column, exp.endColumn, `finding ${j + 1} endColumn`);
            if (exp.text !== undefined) assert.equal(c.code.slice(f.span.start, f.span.end), exp.text, `finding ${j + 1} highlighted text`);
            if (exp.related !== undefined) {
              assert.equal(f.related.length, exp.related.length, `finding ${j + 1} related count`);
              exp.related.forEach((r, k) => {
                const msg = f.related[k]?.message ?? '';
                if (typeof r === 'string') assert.ok(msg.includes(r), `related "${msg}" should include "${r}"`);
                else assert.match(msg, r);
              });
            }
          }
          if (c.fixTitles) assert.deepEqual(findings[0]?.fixes.map((x) => x.title), [...c.fixTitles]);
          const fixIndex = c.fixIndex ?? 0;
          const edits = findings.flatMap((f) => f.fixes[fixIndex]?.edits ?? []);
          if (edits.length) {
            assert.ok(c.output !== undefined, `the rule produced a fix: state the expected output:\n${applyEdits(c.code, edits)}`);
            assert.equal(applyEdits(c.code, edits), c.output);
          } else if (c.output !== undefined) {
            assert.equal(c.output, c.code, 'expected a fix but the rule produced none');
          }
        });
      }
    });
  });
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o as Record<string, unknown>)) deepFreeze(v);
  }
  return o;
}
