/**
 * Worker for the linear-time tests: runs one regex (or the whole scanner) over each
 * input in turn and reports after every input, so the parent can time each one out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanValue } from '../../server/src/secrets';

interface Job {
  readonly mode: 'regex' | 'scan';
  readonly source?: string;
  readonly flags?: string;
  readonly inputs: readonly string[];
}

const job = workerData as Job;
for (let i = 0; i < job.inputs.length; i++) {
  const input = job.inputs[i] ?? '';
  let count = 0;
  if (job.mode === 'regex') {
    const re = new RegExp(job.source ?? '', job.flags?.includes('g') ? job.flags : `${job.flags ?? ''}g`);
    let m: RegExpExecArray | null;
    while ((m = re.exec(input)) !== null) {
      count++;
      if (m[0].length === 0) re.lastIndex++;
    }
  } else {
    for (const key of [undefined, 'password', 'AZURE_OPENAI_API_KEY', 'run']) {
      count += scanValue(input, { fileKind: 'github-workflow', ...(key ? { key } : {}), nearby: input.slice(0, 2000) }).length;
    }
  }
  parentPort?.postMessage({ done: i, count });
}
