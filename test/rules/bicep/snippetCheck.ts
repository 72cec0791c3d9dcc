/**
 * Checks for fixes that insert snippets: the client without snippet support inserts the text with
 * placeholders at their defaults; the result must parse and the finding must go away.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/fixes';
import type { Rule } from '../../../server/src/engine/rule';
import type { Fix } from '../../../server/src/engine/types';
import { stripSnippetSyntax } from '../../../server/src/lsp/codeActions';
import { analyzeText } from '../../helpers/analyzeText';

export interface SnippetCase {
  readonly code: string;
  readonly path?: string;
  readonly files?: Readonly<Record<string, string>>;
  /** Title of the fix to apply (first finding carrying it). */
  readonly title: string;
  /** The rule the fix must satisfy (default: the rule that offers it). */
  readonly resolves?: Rule;
}

/** Apply the snippet fix as a plain client would; returns the new text. */
export function applySnippetFix(rule: Rule, c: SnippetCase): { text: string; fix: Fix } {
  const path = c.path ?? 'main.bicep';
  const res = analyzeText(c.code, { path, rules: [rule], files: c.files });
  const fix = res.findings.flatMap((f) => (f.ruleId === rule.meta.id ? f.fixes : [])).find((x) => x.title === c.title);
  assert.ok(fix, `no fix titled "${c.title}"`);
  const text = applyEdits(c.code, fix.edits.map((e) => ({ ...e, newText: fix.snippet ? stripSnippetSyntax(e.newText) : e.newText })));
  return { text, fix };
}

/** The fixed text parses, and the finding of `resolves` that the fix addressed is gone. */
export function assertSnippetResolves(rule: Rule, c: SnippetCase): string {
  const { text, fix } = applySnippetFix(rule, c);
  assert.equal(fix.snippet, true, 'the fix is a snippet');
  assert.equal(fix.edits.length, 1, 'a snippet fix has one edit');
  const target = c.resolves ?? rule;
  const before = analyzeText(c.code, { path: c.path ?? 'main.bicep', rules: [target], files: c.files }).findings.filter((f) => f.ruleId === target.meta.id).length;
  const after = analyzeText(text, { path: c.path ?? 'main.bicep', rules: [target], files: c.files });
  assert.deepEqual(after.findings.filter((f) => f.ruleId === 'syntax-error').map((f) => f.message), [], `the fixed text parses:\n${text}`);
  assert.ok(after.findings.filter((f) => f.ruleId === target.meta.id).length < before, `the fix resolves a ${target.meta.id} finding:\n${text}`);
  return text;
}
