/**
 * gha-untrusted-env-write: writing outsider-controlled text to `$GITHUB_ENV` or
 * `$GITHUB_PATH`. A value with a newline can define any variable for every later step
 * (`LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV`…) or prepend a directory to `PATH`, which is
 * code execution. Direct `${{ }}` expansions are gha-script-injection's; this rule follows
 * values passed through `env:`, and in `pull_request_target` / `workflow_run` workflows
 * also flags values read from files or commands (such as downloaded artifacts).
 */
import { defineRule } from '../../engine/rule';
import type { GhStep, YamlEntry } from '../../languages/pipelines/github';
import { taintedRef } from '../../languages/pipelines/ghTaint';

const WRITE = /(?:>>?|\btee\s+-a|\bOut-File\b|\bAdd-Content\b|\bSet-Content\b)[^\n]{0,80}?(?:\$\{?|\$env:|%)(GITHUB_ENV|GITHUB_PATH)\b/i;
const FROM_DATA = /\$\(|`|\bcat\s|<\s*[\w"'$./]|\bjq\b|\bhead\s|\bGet-Content\b|\bread\s/;

function taintedEnvNames(step: GhStep, includeInputs: boolean): Map<string, string> {
  const out = new Map<string, string>();
  const wf = step.job.workflow;
  const add = (entries: readonly YamlEntry[]) => {
    for (const e of entries) {
      for (const site of e.value?.expressions ?? []) {
        const t = taintedRef(site, wf, includeInputs);
        if (t) out.set(e.name.toUpperCase(), t.ref.raw);
      }
    }
  };
  add(wf.env);
  add(step.job.env);
  // step env shadows: recompute, removing names the step redefines with trusted values
  for (const e of step.env) out.delete(e.name.toUpperCase());
  add(step.env);
  return out;
}

export default defineRule({
  meta: {
    id: 'gha-untrusted-env-write',
    description: 'Outsider-controlled values should not be written to `GITHUB_ENV` or `GITHUB_PATH`.',
    category: 'pipeline',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['github-workflow', 'github-action'],
    fixable: false,
    messages: {
      tainted:
        '`${{name}}` holds `{{ref}}`, which outsiders control, and is written to {{file}}: a value containing a newline can set any variable (`BASH_ENV`, `LD_PRELOAD`, `NODE_OPTIONS`…) for every later step. Write it to `GITHUB_OUTPUT` or validate it first.',
      fromData:
        'This {{trigger}} workflow writes data read from a file or command to {{file}}; if it comes from the pull request or its artifacts, a newline in it can set any variable for later steps. Validate the value or use `GITHUB_OUTPUT`.',
    },
    tags: ['CWE-94', 'CWE-77'],
    optionsSchema: {
      type: 'object',
      properties: {
        includeInputs: { type: 'boolean', description: 'Also treat untyped workflow and action inputs as untrusted (default false).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { includeInputs: false },
  },
  create(context) {
    const includeInputs = context.options['includeInputs'] === true;
    const doc = context.document;
    return {
      ghStep(step) {
        for (const script of step.scripts) {
          if (script.kind !== 'run') continue;
          const value = script.value.value;
          if (!/GITHUB_(?:ENV|PATH)/.test(value)) continue;
          const tainted = taintedEnvNames(step, includeInputs);
          const trigger = step.job.workflow.dangerousTrigger?.name;
          const lines = value.split('\n');
          let searchFrom = script.value.span.start;
          for (const line of lines) {
            if (line.length > 2000) continue;
            const m = WRITE.exec(line);
            if (!m) continue;
            const file = `\`${m[1]}\``;
            const located = doc.locateInSource({ start: searchFrom, end: script.value.span.end }, line.trim());
            if (located) searchFrom = located.end;
            const span = located ?? script.entry.keySpan;
            let hit: { name: string; ref: string } | undefined;
            const re = /\$\{?(?:env:)?([A-Za-z_][A-Za-z0-9_]{0,100})/g;
            for (let v = re.exec(line); v; v = re.exec(line)) {
              const name = (v[1] ?? '').toUpperCase();
              const ref = tainted.get(name);
              if (ref) {
                hit = { name: v[1] ?? name, ref };
                break;
              }
            }
            if (hit) {
              context.report({ span, messageId: 'tainted', data: { name: hit.name, ref: hit.ref, file } });
            } else if (trigger && FROM_DATA.test(line.replace(m[0], ''))) {
              context.report({ span, messageId: 'fromData', data: { trigger: `\`${trigger}\``, file }, confidence: 'low' });
            }
          }
        }
      },
    };
  },
});
