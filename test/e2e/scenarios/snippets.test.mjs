// @ts-check
/**
 * Snippets inserted through completion produce no findings. The snippets are read from the
 * installed extension's package.json (contributes.snippets) at run time: the first snippet of every
 * contributed file whose language this VS Code knows (bicep, bicep-params, yaml) is typed by its
 * prefix, picked from the suggest widget (Ctrl+Space, Tab) and saved.
 *
 * "No findings" is observed, not assumed: a sentinel line holding a fake secret is appended and the
 * test waits until its hardcoded-secret row appears — that analysis covered the snippet too — and
 * then requires that no other row exists for the file. Reverting the sentinel must leave the file
 * with no rows at all.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe } from 'node:test';
import { fakeStorageConnectionString, scenario, useSession } from '../harness.mjs';

const SECRET_RULE = 'hardcoded-secret';
const SECRET = fakeStorageConnectionString('bulwark-e2e-snippet');

/** Strip // and /* *\/ comments and trailing commas (snippet files are JSONC). @param {string} text */
export function parseJsonc(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

/** What a snippet body becomes with every placeholder at its default. @param {string} body */
function resolveSnippet(body) {
  let out = body;
  for (let i = 0; i < 5; i++) out = out.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1');
  return out.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\\$/g, '$').replace(/\\\}/g, '}');
}

/**
 * @typedef {{ language: string, file: string, name: string, prefix: string, body: string }} SnippetCase
 */

/** Languages this VS Code (code-server without other extensions) can host, with the sentinel line. */
const LANGUAGES = /** @type {Record<string, { ext: string, sentinel: string }>} */ ({
  bicep: { ext: '.bicep', sentinel: `var bulwarkE2eSentinel = '${SECRET}'` },
  'bicep-params': { ext: '.bicepparam', sentinel: `var bulwarkE2eSentinel = '${SECRET}'` },
  yaml: { ext: '.yml', sentinel: `bulwark_e2e_sentinel: "${SECRET}"` },
});

/** Where a snippet is inserted, so the file is classified as the snippet means it. @param {SnippetCase} c @param {number} i */
function fileFor(c, i) {
  const lang = LANGUAGES[c.language];
  if (!lang) return '';
  if (c.language !== 'yaml') return `snippets-e2e/snippet-${i}${lang.ext}`;
  if (/^\s*runs-on:|^on:/m.test(c.body) || /github/i.test(c.file)) return `.github/workflows/snippet-${i}.yml`;
  if (/azure-?pipelines|devops/i.test(c.file) || /^(trigger|pool|stages):/m.test(c.body)) return `azure-pipelines-snippet-${i}.yml`;
  return `snippets-e2e/snippet-${i}.yml`;
}

/** The snippet files the installed extension contributes, first snippet of each. @param {string} extDir */
function contributedSnippets(extDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(extDir, 'package.json'), 'utf8'));
  /** @type {{ language?: string, path?: string }[]} */
  const entries = pkg.contributes?.snippets ?? [];
  /** @type {SnippetCase[]} */
  const cases = [];
  /** @type {string[]} */
  const notes = [];
  for (const e of entries) {
    if (!e.language || !e.path) continue;
    if (!LANGUAGES[e.language]) {
      notes.push(`${e.path} (${e.language}): language not available in plain code-server; not checked here`);
      continue;
    }
    const file = path.join(extDir, e.path);
    const json = parseJsonc(fs.readFileSync(file, 'utf8'));
    const all = Object.entries(json).filter(([, v]) => v && typeof v === 'object' && v.prefix && v.body);
    const pick = process.env.E2E_ALL_SNIPPETS === '1' ? all : all.slice(0, 1);
    for (const [name, v] of pick) {
      const prefix = Array.isArray(v.prefix) ? v.prefix[0] : v.prefix;
      const body = Array.isArray(v.body) ? v.body.join('\n') : String(v.body);
      cases.push({ language: e.language, file: e.path, name, prefix, body });
    }
  }
  return { cases, notes };
}

describe('snippets', () => {
  const ctx = useSession({ name: 'snippets' });

  scenario(
    ctx,
    'a snippet inserted through completion produces no findings (first snippet of every contributed file)',
    async (s, t) => {
      const extDir = fs
        .readdirSync(path.join(s.root, 'exts'))
        .map((d) => path.join(s.root, 'exts', d))
        .find((d) => path.basename(d).startsWith('bulwark-security.bulwark-'));
      assert.ok(extDir, 'the Bulwark extension is installed');
      const { cases, notes } = contributedSnippets(extDir);
      for (const n of notes) process.stdout.write(`[e2e] snippet ${n}\n`);
      if (!cases.length) {
        t.skip('no snippet contributed in package.json contributes.snippets for bicep, bicep-params or yaml yet');
        return;
      }
      await s.showProblems();
      // Activation is what workspace.test.mjs checks; here a Bicep file starts Bulwark whatever the activation events.
      await s.ensureActivated();
      let first = true;
      for (const [i, c] of cases.entries()) {
        const rel = fileFor(c, i);
        const abs = s.wsPath(rel);
        const sentinel = LANGUAGES[c.language]?.sentinel ?? '';
        s.writeWs(rel, '');
        await s.openFile(rel);
        await s.typeText(c.prefix);
        await s.triggerSuggest();
        await s.acceptSuggestion((l) => l.startsWith(`${c.prefix},`) || l === c.prefix || l.startsWith(`${c.prefix} `), `"${c.prefix}"`, {
          screenshot: first ? 'snippet' : undefined,
          details: first,
        });
        first = false;
        await s.press('Escape'); // leave snippet mode: placeholders keep their defaults
        await s.save();
        const inserted = s.readWs(rel);
        const firstLine = resolveSnippet(c.body).split('\n').find((l) => l.trim() && !l.includes('$'));
        if (firstLine) assert.ok(inserted.includes(firstLine.trim()), `${c.name}: the snippet text was inserted (expected "${firstLine.trim()}" in ${JSON.stringify(inserted)})`);
        assert.ok(!inserted.includes(c.prefix) || c.body.includes(c.prefix), `${c.name}: the prefix was replaced by the snippet`);

        // Sentinel: once its finding shows, the analysis that produced it saw the snippet too.
        const end = await s.gotoEnd(rel);
        assert.ok(end);
        const sentinelLine = end.column === 1 ? end.line : end.line + 1;
        await s.typeText(sentinelLine === end.line ? sentinel : `\n${sentinel}`);
        const rows = await s.waitForProblems((r) => r.some((x) => x.path === abs && x.code === SECRET_RULE && x.line === sentinelLine), {
          rel,
          description: `the sentinel's ${SECRET_RULE} row on line ${sentinelLine} of ${rel}`,
        });
        const others = rows.filter((x) => x.path === abs && x.line !== sentinelLine);
        assert.deepEqual(others, [], `snippet "${c.name}" (${c.file}, prefix ${c.prefix}) must produce no findings`);

        await s.runCommand('File: Revert File');
        await s.waitForProblems((r) => !r.some((x) => x.path === abs), { rel, description: `no Problems row for ${rel} once the sentinel is reverted` });
        assert.equal(s.readWs(rel), inserted);
        process.stdout.write(`[e2e] snippet "${c.name}" (${c.language}, prefix ${c.prefix}) -> ${rel}: no findings\n`);
        await s.closeAllEditors();
      }
    },
    { needs: [SECRET_RULE] },
  );
});
