/**
 * The bundled server as any editor runs it: `bulwark-language-server --stdio`, driven by a
 * plain LSP client (no workspace/configuration, no pull diagnostics).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import * as fs from 'node:fs';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification,
  CodeActionRequest,
  ShutdownRequest,
  ExitNotification,
} from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams, CodeAction } from 'vscode-languageserver-protocol/node';
import { fakeStorageConnectionString } from '../helpers/fakeSecrets';

const serverJs = path.join(__dirname, '..', '..', 'out', 'server.js');

describe('bulwark-language-server --stdio', () => {
  it('returns diagnostics and a fixing code action to a plain LSP client', async () => {
    assert.ok(fs.existsSync(serverJs), 'build first: npm run build');
    const proc = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
        if (p.diagnostics.length) resolve(p);
      });
    });
    conn.onNotification('window/logMessage', () => undefined);
    conn.listen();
    try {
      await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
      await conn.sendNotification(InitializedNotification.type, {});
      const uri = 'file:///tmp/bulwark-stdio/.github/workflows/ci.yml';
      const text = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n        env:\n          AZURE_STORAGE_CONNECTION_STRING: ${fakeStorageConnectionString(11)}\n`;
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
      const p = await Promise.race([published, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no diagnostics within 15 s')), 15_000))]);
      const d = p.diagnostics.find((x) => x.code === 'hardcoded-secret');
      assert.ok(d, JSON.stringify(p.diagnostics));
      assert.equal(d.range.start.line, 8);
      assert.match(d.codeDescription?.href ?? '', /hardcoded-secret/);
      const actions = (await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      const fix = actions.find((a) => a.title.includes('secrets.'));
      assert.ok(fix?.edit, actions.map((a) => a.title).join('\n'));
      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
    } finally {
      conn.dispose();
      proc.kill();
    }
  });
});
