/**
 * Nothing from the workspace is executed or evaluated: no module of server/src may reference an
 * API that runs code (eval, Function, child_process, vm, workers, dynamic require/import, string
 * timers, WebAssembly). Regexes built at run time are listed explicitly, so that each new one is
 * reviewed for input that could reach it. The Bicep evaluator's function table is looked up by
 * own property only.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { AnalysisDocument } from '../../server/src/engine/document';
import { getBicep } from '../../server/src/languages/bicep/index';

const SRC = path.join(__dirname, '..', '..', 'server', 'src');

const FORBIDDEN_MODULES = ['child_process', 'vm', 'worker_threads', 'module', 'inspector', 'cluster', 'wasi', 'repl', 'v8'];

/** Files allowed to build a RegExp at run time, and why it is safe. */
const DYNAMIC_REGEX_ALLOWED: Readonly<Record<string, string>> = {
  'rules/pipelines/ado-spn-in-environment.ts': 'patterns concatenated from constant strings',
  'secrets/scan.ts': 'alternation built from a constant word list',
};

export function findExecutionApis(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const where = (n: ts.Node) => `${fileName}:${source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1}`;
  const moduleName = (s: string) => s.replace(/^node:/, '').split('/')[0] as string;
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      if (FORBIDDEN_MODULES.includes(moduleName(n.moduleSpecifier.text))) out.push(`${where(n)}: imports ${n.moduleSpecifier.text}`);
    }
    if (ts.isImportEqualsDeclaration(n)) out.push(`${where(n)}: import = require`);
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) out.push(`${where(n)}: dynamic import()`);
      if (ts.isIdentifier(callee) && ['eval', 'Function', 'require'].includes(callee.text)) out.push(`${where(n)}: calls ${callee.text}()`);
      if (ts.isIdentifier(callee) && ['setTimeout', 'setInterval', 'setImmediate'].includes(callee.text)) {
        const a = n.arguments[0];
        if (a && (ts.isStringLiteralLike(a) || ts.isTemplateExpression(a))) out.push(`${where(n)}: ${callee.text} with a string`);
      }
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'process' && ['binding', 'dlopen', '_linkedBinding'].includes(callee.name.text)) {
        out.push(`${where(n)}: process.${callee.name.text}()`);
      }
      if (ts.isIdentifier(callee) && callee.text === 'RegExp') out.push(`${where(n)}: RegExp() built at run time`);
    }
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression)) {
      if (n.expression.text === 'Function') out.push(`${where(n)}: new Function`);
      if (n.expression.text === 'RegExp') out.push(`${where(n)}: new RegExp built at run time`);
    }
    if (ts.isIdentifier(n) && ['WebAssembly', 'globalThis'].includes(n.text) && !ts.isPropertyAccessExpression(n.parent)) out.push(`${where(n)}: ${n.text}`);
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && ['WebAssembly', 'globalThis'].includes(n.expression.text)) out.push(`${where(n)}: ${n.getText(source)}`);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('nothing from the workspace is executed', () => {
  it('the checker finds each kind of execution API', () => {
    const found = findExecutionApis(
      'x.ts',
      [
        "import { exec } from 'node:child_process';",
        "import * as vm from 'vm';",
        "export { Worker } from 'worker_threads';",
        'eval(code);',
        'new Function("return 1");',
        'Function("x")();',
        'require(userPath);',
        'void import(userPath);',
        "setTimeout('alert(1)', 1);",
        'process.binding("fs");',
        'new RegExp(userText);',
        'WebAssembly.compile(bytes);',
        'const ok = require.main === module;',
      ].join('\n'),
    );
    assert.deepEqual(found.map((f) => f.replace(/^x\.ts:\d+: /, '')), [
      'imports node:child_process',
      'imports vm',
      'imports worker_threads',
      'calls eval()',
      'new Function',
      'calls Function()',
      'calls require()',
      'dynamic import()',
      'setTimeout with a string',
      'process.binding()',
      'new RegExp built at run time',
      'WebAssembly.compile',
    ]);
  });

  it('server/src references no code-execution API (dynamic regexes only where reviewed)', () => {
    const problems: string[] = [];
    const dynamicRegexFiles = new Set<string>();
    for (const file of tsFiles(SRC)) {
      const rel = path.relative(SRC, file).split(path.sep).join('/');
      for (const p of findExecutionApis(rel, fs.readFileSync(file, 'utf8'))) {
        if (/RegExp/.test(p) && DYNAMIC_REGEX_ALLOWED[rel]) dynamicRegexFiles.add(rel);
        else problems.push(p);
      }
    }
    assert.deepEqual(problems, []);
    assert.deepEqual([...dynamicRegexFiles].sort(), Object.keys(DYNAMIC_REGEX_ALLOWED).sort(), 'stale entries in DYNAMIC_REGEX_ALLOWED');
  });

  it('the Bicep evaluator dispatches only to its own function table (not Object.prototype)', () => {
    const text = "var a = constructor('x')\nvar b = __proto__('x')\nvar c = sys.constructor(1)\nvar d = hasOwnProperty('a')\nvar e = toLower('OK')\n";
    const b = getBicep(new AnalysisDocument('/w/main.bicep', text, 'bicep'));
    const results = b.model.vars.map((v) => b.evaluator.evaluate(v.value));
    assert.deepEqual(results.slice(0, 4).map((r) => r.kind), ['unknown', 'unknown', 'unknown', 'unknown']);
    assert.deepEqual(results.slice(0, 2).map((r) => (r as { code?: string }).code), ['unsupported', 'unsupported']);
    assert.equal(results[4]?.kind, 'known');
  });
});
