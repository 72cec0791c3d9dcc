/**
 * Every ❌ example in docs/rules/<id>.md must trigger the rule; every ✅ example must not.
 * A block's file path comes from an `<!-- path: … -->` comment just before it, else from
 * the fence language and the rule's first file kind.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/rules';
import { analyzeText } from '../helpers/analyzeText';
import { defaultPathFor } from '../helpers/ruleTester';

const ROOT = path.join(__dirname, '..', '..');

interface Example {
  readonly bad: boolean;
  readonly lang: string;
  readonly code: string;
  readonly path?: string;
}

export function examplesOf(markdown: string): Example[] {
  const out: Example[] = [];
  const re = /(❌|✅)[^\n]*\n(?:\s*\n)*(?:<!--\s*path:\s*([^\s]+)\s*-->\s*\n)?```(\w+)\n([\s\S]*?)```/g;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    out.push({ bad: m[1] === '❌', path: m[2], lang: m[3] ?? '', code: m[4] ?? '' });
  }
  return out;
}

describe('docs examples run through their rule', () => {
  for (const rule of allRules) {
    const file = path.join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`);
    if (!fs.existsSync(file)) continue;
    const examples = examplesOf(fs.readFileSync(file, 'utf8'));
    if (rule.meta.id === 'analysis-skipped') continue; // needs a 5 MB or binary file: covered by test/engine/analyze.test.ts
    it(`${rule.meta.id}: has ❌ and ✅ examples that behave as documented`, () => {
      assert.ok(examples.some((e) => e.bad), 'at least one ❌ example');
      assert.ok(examples.some((e) => !e.bad), 'at least one ✅ example');
      for (const [i, e] of examples.entries()) {
        const fallback = defaultPathFor(rule);
        const p = e.path ?? (e.lang === 'bicep' ? 'main.bicep' : e.lang === 'json' ? 'appsettings.json' : /\.ya?ml$/.test(fallback) ? fallback : 'example.yml');
        const found = analyzeText(e.code, { path: p, rules: [rule] }).findings.filter((f) => f.ruleId === rule.meta.id);
        if (e.bad) assert.ok(found.length > 0, `❌ example #${i + 1} (${p}) should be flagged`);
        else assert.deepEqual(found.map((f) => f.message), [], `✅ example #${i + 1} (${p}) should not be flagged`);
      }
    });
  }
});
