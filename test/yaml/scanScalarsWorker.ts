/**
 * Worker for the scanner's adversarial tests: builds each named input, scans it, checks
 * the events are sane and reports after every input, so the parent can time each out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MAX_PATH_DEPTH, scanYamlScalars } from '../../server/src/languages/yaml/scanScalars';
import { adversarialInput } from './adversarialInputs';

const names = workerData as readonly string[];
for (let i = 0; i < names.length; i++) {
  const name = names[i] ?? '';
  const text = adversarialInput(name);
  const problems: string[] = [];
  let count = 0;
  try {
    scanYamlScalars(text, (s) => {
      count++;
      if (problems.length >= 5) return;
      const { start, end } = s.span;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) problems.push(`span ${start}-${end} of ${text.length}`);
      if (typeof s.value !== 'string') problems.push('value is not a string');
      if (s.valueStart !== undefined && (s.valueStart < start || s.valueStart + s.value.length > end || !text.startsWith(s.value, s.valueStart))) problems.push(`valueStart ${s.valueStart} does not locate the value`);
      if (!Array.isArray(s.path) || s.path.length > MAX_PATH_DEPTH) problems.push(`path of length ${s.path.length}`);
    });
  } catch (e) {
    problems.push(`threw ${e instanceof Error ? e.message : String(e)}`);
  }
  parentPort?.postMessage({ done: i, count, problems });
}
