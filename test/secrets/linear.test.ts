import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DETECTOR_PATTERNS } from '../../server/src/secrets/detectors';
import { NAMED_PATTERNS } from '../../server/src/secrets/named';
import { Fakes, B64, HEX } from './fakes';

/**
 * Every regex (and the whole scanner) must finish on 100 KB adversarial lines. A
 * catastrophic-backtracking pattern takes minutes on such inputs, so each input gets a
 * generous per-input budget in a worker thread; exceeding it fails the test. No timing
 * is asserted otherwise.
 */
const SIZE = 100_000;
const PER_INPUT_MS = 30_000; // catastrophic patterns take minutes; this stays clear of CI load spikes
const WORKER = path.join(__dirname, 'linearWorker.ts');

function fill(unit: string, tail = ''): string {
  return unit.repeat(Math.ceil((SIZE - tail.length) / unit.length)).slice(0, SIZE - tail.length) + tail;
}

const f = new Fakes(3);
const ADVERSARIAL: readonly (readonly [string, string])[] = [
  ['a run', fill('a')],
  ['A run then !', fill('A', '!')],
  ['digits', fill('7')],
  ['base64 noise', fill(f.chars(B64, 997))],
  ['base64url noise', fill(f.chars(`${B64.slice(0, 62)}_-`, 991))],
  ['hex noise', fill(f.chars(HEX, 1009))],
  ['base64 then ==', fill(f.chars(B64, 997), '==')],
  ['sk-sk-', fill('sk-')],
  ['sk- + T3BlbkFJ repeated', fill('sk-aaaaaaaaT3BlbkFJ')],
  ['sk-ant-api03-', fill('sk-ant-api03-')],
  ['ghp_ repeated', fill('ghp_')],
  ['ghp_ + alnum run', `ghp_${fill('a').slice(4)}`],
  ['github_pat_ repeated', fill('github_pat_')],
  ['hf_ repeated', fill('hf_')],
  ['api_org_ repeated', fill('api_org_')],
  ['dapi repeated', fill('dapi')],
  ['dapi + hex run', `dapi${fill('0').slice(4)}`],
  ['AccountKey=AccountKey=', fill('AccountKey=')],
  ['AccountKey= + base64 run', `AccountKey=${fill('A').slice(11)}`],
  ['SharedAccessKey= repeated', fill('SharedAccessKey=')],
  ['-----BEGIN without end', fill('-----BEGIN ')],
  ['BEGIN PRIVATE KEY headers without end', fill('-----BEGIN RSA PRIVATE KEY-----\n')],
  ['BEGIN PRIVATE KEY + body without end', `-----BEGIN PRIVATE KEY-----\n${fill(f.chars(B64, 64) + '\n').slice(30)}`],
  ['eyJ repeated', fill('eyJ')],
  ['eyJ segments', fill('eyJhbGciOiJIUzI1NiJ9.')],
  ['a.a.a.', fill('a.')],
  ['a:a:a:…@', fill('a:', '@')],
  ['x:// repeated', fill('x://')],
  ['x://a: repeated', fill('x://a:')],
  ['x://a:b@ repeated', fill('x://a:b@')],
  ['https://user: + colon run', `https://user:${fill(':').slice(13)}`],
  ['sig= repeated', fill('sig=')],
  ['sv=1&sig= repeated', fill('sv=1&sig=')],
  ['&sig=%2B run', `sv=1&sig=${fill('%2B').slice(9)}`],
  ['password= repeated', fill('password=')],
  ['password: repeated', fill('password: ')],
  ['password="…', `password="${fill('a').slice(10)}`],
  ["a = ' repeated", fill("a = '")],
  ['--password repeated', fill('--password ')],
  ['-p + login', fill('docker login -p ')],
  ['curl -u a: repeated', fill('curl -u a:')],
  ['Authorization: Bearer repeated', fill('Authorization: Bearer ')],
  ['Authorization: Basic + base64 run', `Authorization: Basic ${fill('QUFB').slice(21)}`],
  ['8Q~ repeated', fill('8Q~')],
  ['aaa8Q~ repeated', fill('aaa8Q~')],
  ['JQQJ9 repeated', fill('JQQJ9')],
  ['+ASt repeated', fill('+ASt')],
  ['base62 with JQQJ99 sprinkled', fill(`${f.chars(B64.slice(0, 62), 52)}JQQJ99`)],
  ['quotes', fill('"')],
  ['spaces', fill(' ')],
  ['newlines', fill('\n')],
  ['key=value pairs', fill('apiKey=abc;')],
  ['nested braces', fill('{{')],
  ['angle brackets', fill('<')],
];

function runWorker(job: { mode: 'regex' | 'scan'; source?: string; flags?: string; inputs: readonly string[] }, names: readonly string[], budgetMs = PER_INPUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    // Workers cannot load .ts by path: a CommonJS bootstrap registers tsx, then requires the worker.
    const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true, workerData: job });
    let next = 0;
    let timer: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void w.terminate();
        reject(new Error(`did not finish within ${budgetMs} ms on input "${names[next] ?? next}"`));
      }, budgetMs);
    };
    arm();
    w.on('message', (msg: { done: number }) => {
      next = msg.done + 1;
      if (next >= job.inputs.length) {
        clearTimeout(timer);
        void w.terminate().then(() => resolve());
      } else arm();
    });
    w.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

const inputs = ADVERSARIAL.map(([, s]) => s);
const names = ADVERSARIAL.map(([n]) => n);

describe('secrets: linear time on 100 KB adversarial lines', () => {
  it('the harness catches a catastrophic regex', async () => {
    await assert.rejects(
      runWorker({ mode: 'regex', source: '^(a+)+$', flags: '', inputs: [`${'a'.repeat(40)}!`] }, ['(a+)+ bomb'], 1_000),
      /did not finish/,
    );
  });

  for (const { name, re } of [...DETECTOR_PATTERNS, ...NAMED_PATTERNS]) {
    it(`pattern ${name}`, async () => {
      await runWorker({ mode: 'regex', source: re.source, flags: re.flags, inputs }, names);
    });
  }

  it('scanValue on every adversarial input', async () => {
    await runWorker({ mode: 'scan', inputs }, names);
  });
});
