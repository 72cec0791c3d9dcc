// @ts-check
/* global document, HTMLElement, fetch -- page.evaluate() runs in the browser; fetch is Node 20's */
/**
 * End-to-end harness: a real VS Code (code-server 4.100.3, VS Code 1.100.3) with the Bulwark VSIX
 * installed, driven through headless Debian Chromium by playwright-core.
 *
 * One `launch()` = one fresh per-run directory (HOME, XDG_*, TMPDIR, user data, extensions,
 * workspace copied from fixtures), one code-server process group, one browser. Helpers drive the
 * workbench like a user (keyboard first: pointer clicks on menus are intercepted by VS Code's
 * pointer block). Every wait is a poll with a deadline; on failure `reportFailure()` prints the
 * tails of code-server.log, the extension host log, the Bulwark output channel and the browser
 * console, plus screenshot paths.
 *
 * Environment:
 *   VSIX         the packaged extension (run.mjs builds it); required
 *   CODE_SERVER  code-server binary (default: test/e2e/node_modules/.bin/code-server)
 *   CHROMIUM     browser binary (default: /usr/bin/chromium)
 *   E2E_ROOT     parent of the per-run directories (default: os.tmpdir()/bulwark-e2e)
 *   E2E_KEEP=1   keep per-run directories even when everything passed
 *   E2E_TIMEOUT_MS  default deadline of one wait (default 60000)
 *   E2E_DEBUG=1  print how long every wait took
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';

export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(E2E_DIR, '..', '..');
export const ARTIFACTS = path.join(E2E_DIR, '.artifacts');
export const FIXTURES = path.join(E2E_DIR, 'fixtures');
const DEFAULT_TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 60_000);
const POLL_MS = 100;
const DEBUG = process.env.E2E_DEBUG === '1';

/**
 * A fake Azure Storage connection string: AccountKey = base64 of a SHA-512 (86 characters + `==`,
 * the shape of a real key; not a real key). Built at run time so no secret-shaped text is committed.
 */
export function fakeStorageConnectionString(seed = 'bulwark-e2e') {
  const key = createHash('sha512').update(seed).digest('base64');
  return `DefaultEndpointsProtocol=https;AccountName=bulwarke2e;AccountKey=${key};EndpointSuffix=core.windows.net`;
}

/** Settings every session gets: no first-run noise, and typing that lands exactly as typed. */
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.stickyScroll.enabled': false,
  // Typed text must land verbatim.
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.autoClosingComments': 'never',
  'editor.autoSurround': 'never',
  'editor.autoIndent': 'none',
  'editor.formatOnType': false,
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.wordBasedSuggestions': 'off',
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.parameterHints.enabled': false,
  'editor.hover.delay': 100,
  'editor.lightbulb.enabled': 'off',
  'files.insertFinalNewline': false,
  'files.trimTrailingWhitespace': false,
  'problems.defaultViewMode': 'table',
  'workbench.panel.opensMaximized': 'never',
};

/** @param {number} ms */
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** @param {string} src @param {string} dst */
function copyDir(src, dst) {
  fs.cpSync(src, dst, { recursive: true });
}

/** Last `n` lines of a file ('' when absent). @param {string | undefined} file @param {number} n */
export function tail(file, n = 40) {
  if (!file) return '';
  try {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    return lines.slice(-n - 1).join('\n');
  } catch {
    return '';
  }
}

/** @param {string} dir @param {(p: string) => boolean} match @param {number} depth @returns {string[]} */
function findFiles(dir, match, depth = 6) {
  /** @type {string[]} */
  const out = [];
  if (depth < 0) return out;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...findFiles(full, match, depth - 1));
    else if (match(full)) out.push(full);
  }
  return out;
}

/** Monaco renders spaces as U+00A0. @param {string | null | undefined} s */
export const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ');

/**
 * @typedef {{ message: string, code: string, source: string, file: string, path: string, line: number, column: number, severity: string }} ProblemRow
 * @typedef {{ description: string, timeoutMs?: number }} WaitOptions
 */

export class Session {
  /**
   * @param {{ name: string, root: string, ws: string, port: number, proc: import('node:child_process').ChildProcess,
   *   context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, env: NodeJS.ProcessEnv }} o
   */
  constructor(o) {
    this.name = o.name;
    this.root = o.root;
    this.ws = o.ws;
    this.port = o.port;
    this.proc = o.proc;
    this.context = o.context;
    this.page = o.page;
    this.env = o.env;
    /** Epoch ms when the workbench and the explorer were rendered. */
    this.workbenchLoadedAt = 0;
    /** @type {string[]} */
    this.screenshots = [];
    this.failed = false;
    this.closed = false;
  }

  get userDataDir() {
    return path.join(this.root, 'data');
  }

  /** The newest log folder of code-server's VS Code that has an extension host (not the CLI's). */
  logsDir() {
    const base = path.join(this.userDataDir, 'logs');
    try {
      const sessions = fs.readdirSync(base).sort().reverse();
      const withHost = sessions.find((d) => fs.existsSync(path.join(base, d, 'exthost1')));
      const pick = withHost ?? sessions[0];
      return pick ? path.join(base, pick) : undefined;
    } catch {
      return undefined;
    }
  }

  exthostLog() {
    const dir = this.logsDir();
    if (!dir) return undefined;
    return findFiles(dir, (p) => p.endsWith(`${path.sep}remoteexthost.log`))[0];
  }

  /** The Bulwark output channel (a log channel: `exthost*\/bulwark-security.bulwark/Bulwark.log`). */
  bulwarkLog() {
    const dir = this.logsDir();
    if (!dir) return undefined;
    return findFiles(dir, (p) => path.basename(p) === 'Bulwark.log')[0];
  }

  bulwarkLogText() {
    const f = this.bulwarkLog();
    try {
      return f ? fs.readFileSync(f, 'utf8') : '';
    } catch {
      return '';
    }
  }

  /** Throws at once when the extension failed to activate (instead of waiting for a deadline). */
  checkFatal() {
    const f = this.exthostLog();
    if (!f) return;
    let text = '';
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch {
      return;
    }
    const m = /Activating extension '?bulwark-security\.bulwark'? failed[^\n]*(\n[^\n]*){0,3}/i.exec(text);
    if (m) throw new Error(`the Bulwark extension failed to activate:\n${m[0]}`);
    const crash = /[^\n]*will not be restarted[^\n]*/.exec(this.bulwarkLogText());
    if (crash) throw new Error(`the Bulwark language server stopped for good:\n${crash[0]}\n${tail(this.bulwarkLog(), 20)}`);
  }

  /**
   * Poll `probe` until `ready(value)`; never sleeps blindly. Fails with the last value seen.
   * @template T
   * @param {() => Promise<T> | T} probe
   * @param {(v: T) => boolean} ready
   * @param {WaitOptions} opts
   * @returns {Promise<T>}
   */
  async waitFor(probe, ready, opts) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
    const start = Date.now();
    const deadline = start + timeoutMs;
    /** @type {unknown} */
    let last;
    for (;;) {
      try {
        const v = await probe();
        last = v;
        if (ready(v)) {
          if (DEBUG) process.stdout.write(`[e2e] ${Date.now() - start} ms: ${opts.description}\n`);
          return v;
        }
      } catch (e) {
        last = e;
      }
      this.checkFatal();
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${opts.description}; last probe: ${inspect(last, { depth: 4, breakLength: 120 })}`);
      }
      await pause(POLL_MS);
    }
  }

  /** Wait until a locator is visible. @param {import('playwright-core').Locator} locator @param {WaitOptions} opts */
  async waitVisible(locator, opts) {
    await this.waitFor(() => locator.first().isVisible(), (v) => v, opts);
    return locator.first();
  }

  // ---- workbench -------------------------------------------------------------------------

  /** @param {string} key */
  async press(key) {
    await this.page.keyboard.press(key);
  }

  /** Close every editor and notification; focus goes back to the workbench. */
  async closeAllEditors() {
    await this.runCommand('View: Close All Editors');
    await this.waitFor(() => this.page.locator('.tabs-container .tab').count(), (n) => n === 0, { description: 'all editor tabs closed' });
  }

  /** Run a command by its palette title (F1, type, Enter on the exact row). @param {string} title */
  async runCommand(title) {
    await this.press('Escape');
    await this.press('F1');
    const input = await this.waitVisible(this.page.locator('.quick-input-widget input'), { description: 'command palette input' });
    await input.fill(`>${title}`);
    const row = await this.waitFor(
      async () => (await this.ariaLabels('.quick-input-widget .quick-input-list .monaco-list-row')).findIndex((l) => l === title || l.startsWith(`${title},`) || l.startsWith(`${title} `)),
      (i) => i >= 0,
      { description: `command palette row "${title}"` },
    );
    for (let i = 0; i < row; i++) await this.press('ArrowDown');
    await this.waitFor(() => this.ariaLabel('.quick-input-widget .quick-input-list .monaco-list-row.focused'), (l) => l.startsWith(title), {
      description: `command "${title}" focused`,
    });
    await this.press('Enter');
    await this.waitFor(() => this.page.locator('.quick-input-widget').isVisible(), (v) => !v, { description: 'command palette closed' });
  }

  /** Open a workspace file with Quick Open and wait until its editor has focus. @param {string} rel */
  async openFile(rel) {
    const base = path.posix.basename(rel);
    await this.press('Escape');
    await this.press('Control+P');
    const input = await this.waitVisible(this.page.locator('.quick-input-widget input'), { description: 'Quick Open input' });
    await input.fill(rel);
    await this.waitFor(
      () => this.ariaLabel('.quick-input-widget .quick-input-list .monaco-list-row.focused'),
      (label) => label.includes(base) && label.replace(/\\/g, '/').includes(path.posix.dirname(rel) === '.' ? base : path.posix.dirname(rel)),
      { description: `Quick Open result for ${rel}` },
    );
    await this.press('Enter');
    await this.waitFor(
      () => this.ariaLabel('.tabs-container .tab.active'),
      (l) => l.startsWith(base),
      { description: `editor tab ${base} active` },
    );
    await this.waitFor(() => this.editorHasFocus(), (v) => v, { description: `editor of ${rel} focused` });
  }

  /**
   * Make sure Bulwark is active: open a Bicep file (onLanguage:bicep, implied by the contributed
   * language) and wait for "Bulwark activated"; then close the editors again.
   * @param {string} [bicepRel] a Bicep file of the workspace
   */
  async ensureActivated(bicepRel = 'infra/main.bicep') {
    if (/Bulwark activated in \d+ ms/.test(this.bulwarkLogText())) return;
    await this.openFile(bicepRel);
    await this.waitFor(() => this.bulwarkLogText(), (t) => /Bulwark activated in \d+ ms/.test(t), { description: '"Bulwark activated" after opening a Bicep file' });
    await this.closeAllEditors();
  }

  /** The language mode shown in the status bar of the active editor. */
  async languageMode() {
    return this.textOf('[id="status.editor.mode"]');
  }

  /** Type like a user (key events), into the focused editor. @param {string} text */
  async typeText(text) {
    await this.focusEditor();
    const parts = text.split('\n');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) await this.press('Enter');
      const part = parts[i] ?? '';
      if (part) await this.page.keyboard.type(part);
    }
  }

  /** Move the cursor to a 1-based line and column (Ctrl+G `:line:column`). @param {number} line @param {number} [column] */
  async gotoLine(line, column = 1) {
    await this.focusEditor();
    await this.press('Control+G');
    const input = await this.waitVisible(this.page.locator('.quick-input-widget input'), { description: 'Go to Line input' });
    await input.fill(`:${line}:${column}`);
    await this.press('Enter');
    await this.waitFor(() => this.page.locator('.quick-input-widget').isVisible(), (v) => !v, { description: 'Go to Line closed' });
    await this.waitFor(
      () => this.textOf('[id="status.editor.selection"]'),
      (st) => st.startsWith(`Ln ${line}, Col ${column}`),
      { description: `cursor at line ${line}, column ${column}` },
    );
  }

  /** The cursor of the active editor, from the status bar. */
  async cursor() {
    const text = await this.textOf('[id="status.editor.selection"]');
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    if (!m) throw new Error(`no cursor position in the status bar: ${text}`);
    return { line: Number(m[1]), column: Number(m[2]) };
  }

  /**
   * Go to the end of the document (Ctrl+End). For a file not edited yet, pass its workspace path to
   * wait until the status bar shows the cursor on its last line.
   * @param {string} [rel]
   */
  async gotoEnd(rel) {
    await this.focusEditor();
    await this.press('Control+End');
    if (rel === undefined) return undefined;
    const lines = this.readWs(rel).split('\n').length;
    return this.waitFor(() => this.cursor(), (c) => c.line === lines, { description: `cursor on the last line (${lines}) of ${rel}` });
  }

  async save() {
    await this.focusEditor();
    await this.press('Control+S');
    await this.waitFor(() => this.page.locator('.tabs-container .tab.active.dirty').count(), (n) => n === 0, { description: 'active editor saved' });
  }

  /** Absolute path of a workspace file. @param {string} rel */
  wsPath(rel) {
    return path.join(this.ws, rel);
  }

  /** @param {string} rel */
  readWs(rel) {
    return fs.readFileSync(this.wsPath(rel), 'utf8');
  }

  /** Write a file into the workspace on disk (the file watcher tells VS Code). @param {string} rel @param {string} text */
  writeWs(rel, text) {
    fs.mkdirSync(path.dirname(this.wsPath(rel)), { recursive: true });
    fs.writeFileSync(this.wsPath(rel), text);
  }

  // ---- problems -------------------------------------------------------------------------

  /** Show the Problems panel (Ctrl+Shift+M toggles; use the command, which only shows). */
  async showProblems() {
    if (await this.page.locator('.markers-panel').first().isVisible().catch(() => false)) return;
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    await this.waitVisible(this.page.locator('.markers-panel'), { description: 'Problems panel visible' });
  }

  /** Whether the keyboard focus is inside a text editor (not only its `.focused` class). */
  async editorHasFocus() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return !!el && !!el.closest('.editor-instance .monaco-editor') && !el.closest('.quick-input-widget');
    });
  }

  /** Give the keyboard back to the active editor (Ctrl+1: no quick input whose closing would move focus again). */
  async focusEditor() {
    if (await this.editorHasFocus()) return;
    if ((await this.page.locator('.tabs-container .tab').count()) === 0) return; // no editor to focus
    await this.press('Control+1');
    await this.waitFor(() => this.editorHasFocus(), (v) => v, { description: 'keyboard focus in the editor' });
  }

  /** Type into the Problems filter box ('' clears it); keeps the focus where it was. @param {string} text */
  async filterProblems(text) {
    await this.showProblems();
    const input = this.page.locator('.markers-panel-action-filter input, input[aria-label="Filter Problems"]').first();
    if ((await input.inputValue()) === text) return;
    await input.fill(text);
    // the panel may re-render while it opens and drop what was typed: type it again until it stays
    let lastFill = Date.now();
    await this.waitFor(
      async () => {
        const v = await input.inputValue();
        if (v !== text && Date.now() - lastFill > 2000) {
          await input.fill(text);
          lastFill = Date.now();
        }
        return v;
      },
      (v) => v === text,
      { description: `Problems filter "${text}"` },
    );
    await this.focusEditor();
  }

  /**
   * The rows of the Problems panel (table view): message, code (rule id), source, file, path,
   * line, column. Opens the panel when hidden. With `rel`, the panel is filtered to that workspace
   * file or folder first (the table only renders the rows that fit, so filter when others may exist).
   * @param {string} [rel]
   * @returns {Promise<ProblemRow[]>}
   */
  async readProblems(rel) {
    await this.showProblems();
    if (rel !== undefined) await this.filterProblems(rel);
    return this.page.evaluate(() => {
      /** @type {{ message: string, code: string, source: string, file: string, path: string, line: number, column: number, severity: string }[]} */
      const out = [];
      const rows = document.querySelectorAll('.markers-panel .markers-table-container .monaco-list-row');
      const text = (/** @type {Element | null} */ el) => (el instanceof HTMLElement ? el.innerText.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim() : '');
      for (const row of rows) {
        const sevEl = row.querySelector('.severity .codicon');
        const severity = sevEl ? ([...sevEl.classList].find((c) => /^codicon-(error|warning|info)$/.test(c)) ?? '').slice(8) : '';
        // The code cell reads "bulwark(rule-id)"; its title is "bulwark (rule-id)".
        const codeTitle = row.querySelector('.code')?.getAttribute('title') ?? '';
        const code = /\(([^()]*)\)\s*$/.exec(codeTitle)?.[1] ?? text(row.querySelector('.code .code-label, .code .monaco-link'));
        const fileTitle = row.querySelector('.file')?.getAttribute('title') ?? '';
        const loc = /\[Ln (\d+), Col (\d+)\]/.exec(text(row.querySelector('.file .file-position')) || fileTitle);
        out.push({
          message: row.querySelector('.message')?.getAttribute('title') ?? text(row.querySelector('.message')),
          code,
          source: text(row.querySelector('.source')),
          file: text(row.querySelector('.file .file-label')),
          path: fileTitle.replace(/ \[Ln \d+, Col \d+\]$/, ''),
          line: loc ? Number(loc[1]) : 0,
          column: loc ? Number(loc[2]) : 0,
          severity,
        });
      }
      return out;
    });
  }

  /**
   * Wait until the Problems panel rows (of `opts.rel` only, when given) satisfy `ready`.
   * @param {(rows: ProblemRow[]) => boolean} ready @param {WaitOptions & { rel?: string }} opts
   */
  async waitForProblems(ready, opts) {
    return this.waitFor(() => this.readProblems(opts.rel), ready, opts);
  }

  /** Squiggles in the active editor (errors, warnings, infos). */
  async squiggleCount() {
    return this.page.locator('.editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-info').count();
  }

  // ---- code actions ---------------------------------------------------------------------

  /**
   * Open the quick fix menu (Ctrl+.) at the cursor and return the action titles.
   * @param {{ screenshot?: string }} [opts]
   */
  async openQuickFixMenu(opts = {}) {
    await this.focusEditor();
    await this.press('Control+.');
    const titles = (
      await this.waitFor(() => this.ariaLabels('.action-widget .monaco-list-row.action'), (l) => l.length > 0, { description: 'quick fix menu with actions' })
    ).filter(Boolean);
    if (opts.screenshot) await this.screenshot(opts.screenshot);
    return titles;
  }

  /**
   * Choose a quick fix by title (keyboard only) and wait for the menu to close.
   * @param {string} title
   */
  async chooseQuickFix(title) {
    const focused = '.action-widget .monaco-list-row.action.focused';
    const total = (await this.ariaLabels('.action-widget .monaco-list-row.action')).length;
    for (let i = 0; i <= total; i++) {
      const label = await this.ariaLabel(focused);
      if (label === title) break;
      if (i === total) throw new Error(`quick fix "${title}" not reachable in the menu`);
      await this.press('ArrowDown');
      await this.waitFor(() => this.ariaLabel(focused), (l) => l !== label, {
        description: 'quick fix menu focus moved',
        timeoutMs: 5000,
      });
    }
    await this.press('Enter');
    await this.waitFor(() => this.page.locator('.action-widget .monaco-list-row').count(), (n) => n === 0, { description: 'quick fix menu closed' });
  }

  /** Ctrl+. then the action titled `title`. @param {string} title @param {{ screenshot?: string }} [opts] */
  async quickFix(title, opts) {
    const titles = await this.openQuickFixMenu(opts);
    if (!titles.includes(title)) {
      await this.press('Escape');
      throw new Error(`quick fix "${title}" not offered; offered: ${JSON.stringify(titles)}`);
    }
    await this.chooseQuickFix(title);
    return titles;
  }

  // ---- hover and completion --------------------------------------------------------------

  /** Show the hover at the cursor (Ctrl+K Ctrl+I) and return its text. */
  async showHover() {
    await this.focusEditor();
    await this.press('Control+K');
    await this.press('Control+I');
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ });
    await this.waitFor(() => hover.count(), (n) => n > 0, { description: 'hover visible' });
    return norm(await hover.first().innerText());
  }

  /** Open the suggest widget (Ctrl+Space) and return the visible rows' labels. */
  async triggerSuggest() {
    await this.focusEditor();
    await this.press('Control+Space');
    const rows = this.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    await this.waitFor(() => rows.count(), (n) => n > 0, { description: 'suggest widget with rows' });
    return this.suggestLabels();
  }

  async suggestLabels() {
    return this.ariaLabels('.editor-widget.suggest-widget.visible .monaco-list-row');
  }

  /** aria-labels of the elements matching `selector`, read in one DOM snapshot (no auto-wait). @param {string} selector */
  async ariaLabels(selector) {
    const labels = await this.page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return labels.map((l) => norm(l).trim());
  }

  /** innerText of the first element matching `selector` ('' when none), without auto-wait. @param {string} selector */
  async textOf(selector) {
    const texts = await this.page.locator(selector).evaluateAll((els) => els.map((e) => (e instanceof HTMLElement ? e.innerText : e.textContent ?? '')));
    return norm(texts[0] ?? '').trim();
  }

  /** aria-label of the first element matching `selector` ('' when none), without auto-wait. @param {string} selector */
  async ariaLabel(selector) {
    return (await this.ariaLabels(selector))[0] ?? '';
  }

  /**
   * Focus the suggestion whose aria-label satisfies `match` (keyboard) and accept it with Tab.
   * `details` expands the suggestion's details (the snippet preview) before the screenshot.
   * @param {(label: string) => boolean} match @param {string} description @param {{ screenshot?: string, details?: boolean }} [opts]
   */
  async acceptSuggestion(match, description, opts = {}) {
    const focused = '.editor-widget.suggest-widget.visible .monaco-list-row.focused';
    const labels = await this.waitFor(() => this.suggestLabels(), (l) => l.some(match), { description: `suggestion ${description}` });
    const total = labels.length;
    for (let i = 0; i <= total; i++) {
      const label = await this.ariaLabel(focused);
      if (match(label)) break;
      if (i === total) throw new Error(`suggestion ${description} not reachable; rows: ${JSON.stringify(labels)}`);
      await this.press('ArrowDown');
      await this.waitFor(() => this.ariaLabel(focused), (l) => l !== label, {
        description: 'suggest focus moved',
        timeoutMs: 5000,
      });
    }
    if (opts.details && (await this.page.locator('.editor-widget.suggest-widget.visible.shows-details').count()) === 0) {
      await this.press('Control+Space');
      await this.waitFor(() => this.page.locator('.editor-widget.suggest-widget.visible.shows-details').count(), (n) => n > 0, { description: 'suggestion details shown' });
    }
    if (opts.screenshot) await this.screenshot(opts.screenshot);
    await this.press('Tab');
    await this.waitFor(() => this.page.locator('.editor-widget.suggest-widget.visible').count(), (n) => n === 0, { description: 'suggest widget closed' });
  }

  // ---- settings -------------------------------------------------------------------------

  userSettingsPath() {
    return path.join(this.userDataDir, 'User', 'settings.json');
  }

  /**
   * Change user settings like a user does: "Preferences: Open User Settings (JSON)", replace the
   * text, save, close. (code-server does not notice edits made to that file behind its back.)
   * A value of `undefined` removes the key. Focus goes back to the previously active editor.
   * @param {Record<string, unknown>} values
   */
  async setSetting(values) {
    const file = this.userSettingsPath();
    const current = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete current[k];
      else current[k] = v;
    }
    const text = JSON.stringify(current, null, 2);
    await this.runCommand('Preferences: Open User Settings (JSON)');
    await this.waitFor(
      () => this.ariaLabel('.tabs-container .tab.active'),
      (l) => l.startsWith('settings.json'),
      { description: 'settings.json editor active' },
    );
    await this.waitFor(() => this.editorHasFocus(), (v) => v, { description: 'settings.json focused' });
    await this.press('Control+A');
    await this.press('Delete');
    await this.page.keyboard.insertText(text);
    await this.save();
    await this.waitFor(() => JSON.parse(fs.readFileSync(file, 'utf8')), (j) => JSON.stringify(j) === JSON.stringify(current), { description: 'user settings.json written' });
    await this.runCommand('View: Close Editor');
    await this.waitFor(
      () => this.ariaLabel('.tabs-container .tab.active'),
      (l) => !l.startsWith('settings.json'),
      { description: 'settings.json closed' },
    );
  }

  // ---- diagnostics on failure -------------------------------------------------------------

  /** Screenshot into test/e2e/.artifacts/<name>.png. @param {string} name */
  async screenshot(name) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    this.screenshots.push(file);
    return file;
  }

  /** Print what helps to understand a failure; never throws. @param {string} what @param {unknown} [error] */
  async reportFailure(what, error) {
    this.failed = true;
    const safeName = `${this.name}-FAILED-${what}`.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 120);
    let shot = '';
    try {
      shot = await this.screenshot(safeName);
    } catch (e) {
      shot = `(screenshot failed: ${e instanceof Error ? e.message : String(e)})`;
    }
    const parts = [
      `\n======== E2E FAILURE: ${this.name} / ${what}`,
      error ? `error: ${error instanceof Error ? error.stack ?? error.message : String(error)}` : '',
      `per-run dir (kept): ${this.root}`,
      `---- code-server.log (tail) ${path.join(this.root, 'code-server.log')}`,
      tail(path.join(this.root, 'code-server.log'), 30),
      `---- exthost log (tail) ${this.exthostLog() ?? '(none)'}`,
      tail(this.exthostLog(), 40),
      `---- Bulwark output channel (tail) ${this.bulwarkLog() ?? '(none)'}`,
      tail(this.bulwarkLog(), 40),
      `---- browser console (tail) ${path.join(this.root, 'browser-console.log')}`,
      tail(path.join(this.root, 'browser-console.log'), 30),
      `---- screenshots:\n${[shot, ...this.screenshots.filter((s) => s !== shot)].join('\n')}`,
      '======== end of failure report\n',
    ];
    process.stdout.write(parts.filter(Boolean).join('\n') + '\n');
  }

  /**
   * Run `fn`; on failure print the report and rethrow (use inside every test).
   * @template T @param {string} what @param {() => Promise<T>} fn @returns {Promise<T>}
   */
  async step(what, fn) {
    try {
      return await fn();
    } catch (e) {
      await this.reportFailure(what, e);
      throw e;
    }
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.context.close();
    } catch {
      /* already gone */
    }
    await killGroup(this.proc);
    if (!this.failed && process.env.E2E_KEEP !== '1') fs.rmSync(this.root, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Kill code-server's whole process group (the extension host and the language server too). @param {import('node:child_process').ChildProcess} proc */
async function killGroup(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null || !proc.pid) return;
  const exited = new Promise((r) => proc.once('exit', r));
  try {
    process.kill(-proc.pid, 'SIGTERM');
  } catch {
    return;
  }
  const t = setTimeout(() => {
    try {
      if (proc.pid) process.kill(-proc.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, 5000);
  await exited;
  clearTimeout(t);
}

/** code-server binary. */
function codeServerBin() {
  return process.env.CODE_SERVER || path.join(E2E_DIR, 'node_modules', '.bin', 'code-server');
}

/**
 * Start code-server + Chromium on a fresh copy of a fixture workspace, with the VSIX installed.
 * @param {{ name: string, workspace?: string, settings?: Record<string, unknown>, files?: Record<string, string> }} opts
 *   workspace: folder under test/e2e/fixtures (default 'workspace'); files: extra workspace files.
 * @returns {Promise<Session>}
 */
export async function launch(opts) {
  const vsix = process.env.VSIX;
  if (!vsix || !fs.existsSync(vsix)) throw new Error(`VSIX not found (${vsix ?? 'VSIX unset'}); run test/e2e/run.mjs, which builds it`);
  const parent = process.env.E2E_ROOT || path.join(os.tmpdir(), 'bulwark-e2e');
  fs.mkdirSync(parent, { recursive: true });
  const root = fs.mkdtempSync(path.join(parent, `${opts.name}-`));
  const dirs = ['home', 'config', 'data', 'exts', 'tmp', 'cache', 'share', 'browser'];
  for (const d of dirs) fs.mkdirSync(path.join(root, d), { recursive: true });
  const ws = path.join(root, 'ws');
  copyDir(path.join(FIXTURES, opts.workspace ?? 'workspace'), ws);
  for (const [rel, text] of Object.entries(opts.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), text);
  }
  fs.writeFileSync(path.join(root, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.mkdirSync(path.join(root, 'data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(root, 'data', 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...(opts.settings ?? {}) }, null, 2));

  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env };
  delete env.VSCODE_IPC_HOOK_CLI;
  Object.assign(env, {
    HOME: path.join(root, 'home'),
    XDG_CONFIG_HOME: path.join(root, 'config'),
    XDG_DATA_HOME: path.join(root, 'share'),
    XDG_CACHE_HOME: path.join(root, 'cache'),
    TMPDIR: path.join(root, 'tmp'),
  });
  const common = ['--config', path.join(root, 'config.yaml'), '--user-data-dir', path.join(root, 'data'), '--extensions-dir', path.join(root, 'exts')];

  const inst = spawnSync(codeServerBin(), [...common, '--install-extension', vsix], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  fs.writeFileSync(path.join(root, 'install-extension.log'), `${inst.stdout ?? ''}${inst.stderr ?? ''}`);
  if (inst.status !== 0 || !/successfully installed/i.test(`${inst.stdout}${inst.stderr}`)) {
    throw new Error(`installing ${vsix} into code-server failed (exit ${inst.status}):\n${inst.stdout}\n${inst.stderr}`);
  }

  const port = await freePort();
  const log = fs.openSync(path.join(root, 'code-server.log'), 'a');
  const proc = spawn(
    codeServerBin(),
    [
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ws,
    ],
    { env, detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);

  /** @type {import('playwright-core').BrowserContext | undefined} */
  let context;
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`code-server exited (${proc.exitCode}):\n${tail(path.join(root, 'code-server.log'))}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`code-server /healthz not ready in 60 s:\n${tail(path.join(root, 'code-server.log'))}`);
      await pause(POLL_MS);
    }

    context = await chromium.launchPersistentContext(path.join(root, 'browser'), {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      env,
      viewport: { width: 1400, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const consoleLog = path.join(root, 'browser-console.log');
    page.on('console', (m) => fs.appendFileSync(consoleLog, `[${new Date().toISOString()}] ${m.type()}: ${m.text()}\n`));
    page.on('pageerror', (e) => fs.appendFileSync(consoleLog, `[${new Date().toISOString()}] pageerror: ${e.message}\n`));

    const session = new Session({ name: opts.name, root, ws, port, proc, context, page, env });
    try {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
      await session.waitVisible(page.locator('.monaco-workbench'), { description: 'workbench rendered' });
      await session.waitVisible(page.locator('.explorer-folders-view .monaco-list-row'), { description: 'explorer rows (remote file system connected)' });
      session.workbenchLoadedAt = Date.now();
    } catch (e) {
      await session.reportFailure('launch', e);
      await session.close();
      throw e;
    }
    return session;
  } catch (e) {
    if (context) await context.close().catch(() => {});
    await killGroup(proc);
    throw e;
  }
}

/** Parse the timestamp of a VS Code log line (`2025-11-24 02:10:11.123 [info] …`, local time). @param {string} line */
export function logLineTime(line) {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})/.exec(line);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number);
  return new Date(y ?? 0, (mo ?? 1) - 1, d, h, mi, s, ms).getTime();
}

// ---- rules of the built server ------------------------------------------------------------

/** @type {Map<string, { id: string, fixable?: boolean, appliesTo?: string[], severity?: string }> | undefined} */
let rulesCache;

/**
 * The rules registered in the built server: run.mjs writes `node out/cli.js rules --format json`
 * (the bundle that went into the VSIX) to E2E_RULES_JSON; without it, the CLI is asked directly.
 */
export function builtRules() {
  if (rulesCache) return rulesCache;
  let json = '';
  const file = process.env.E2E_RULES_JSON;
  if (file && fs.existsSync(file)) json = fs.readFileSync(file, 'utf8');
  else {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'out', 'cli.js'), 'rules', '--format', 'json'], { encoding: 'utf8' });
    json = r.status === 0 ? r.stdout : '[]';
  }
  /** @type {{ id: string }[]} */
  let list = [];
  try {
    list = JSON.parse(json);
  } catch {
    list = [];
  }
  rulesCache = new Map(list.map((r) => [r.id, r]));
  return rulesCache;
}

/** Ids among `ids` that the built server does not register. @param {string[]} ids */
export function missingRules(ids) {
  const rules = builtRules();
  return ids.filter((id) => !rules.has(id));
}

// ---- node:test glue -------------------------------------------------------------------------

/**
 * One code-server + browser shared by the tests of a `describe` block: launched by the first test
 * that runs (so a file whose tests are all skipped starts nothing), closed in `after`.
 * @param {Parameters<typeof launch>[0]} opts
 */
export function useSession(opts) {
  /** @type {Promise<Session> | undefined} */
  let starting;
  const ctx = {
    /** @returns {Promise<Session>} */
    get() {
      starting ??= launch(opts);
      return starting;
    },
  };
  after(async () => {
    const s = await starting?.catch(() => undefined);
    await s?.close();
  }, { timeout: 60_000 });
  return ctx;
}

/**
 * A scenario: skipped with a clear reason when a rule it needs is not in the built server yet;
 * on failure, prints the logs and screenshots (Session.step).
 * @param {{ get(): Promise<Session> }} ctx @param {string} name
 * @param {(s: Session, t: import('node:test').TestContext) => Promise<void>} fn @param {{ needs?: string[], timeoutMs?: number }} [opts]
 */
export function scenario(ctx, name, fn, opts = {}) {
  const missing = missingRules(opts.needs ?? []);
  const skip = missing.length ? `waits on rule ${missing.join(', ')} (not registered in the built server yet)` : false;
  test(name, { skip, timeout: opts.timeoutMs ?? 300_000 }, async (t) => {
    const s = await ctx.get();
    await s.step(name, () => fn(s, t));
  });
}
