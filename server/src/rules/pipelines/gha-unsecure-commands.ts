/**
 * gha-unsecure-commands: `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` re-enables the `::set-env`
 * and `::add-path` log commands, which let anything printed to the log (a test name, a
 * file's content) set environment variables or PATH for later steps.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import type { YamlEntry } from '../../languages/pipelines/github';
import { removePairEdit } from '../../languages/yaml/edits';
import { isMap } from '../../languages/yaml/parse';
import type { YAMLMap } from '../../languages/yaml/parse';

export default defineRule({
  meta: {
    id: 'gha-unsecure-commands',
    description: 'Workflows should not set `ACTIONS_ALLOW_UNSECURE_COMMANDS`, which re-enables the `set-env` and `add-path` log commands.',
    category: 'pipeline',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['github-workflow', 'github-action'],
    fixable: 'unsafe',
    messages: {
      enabled:
        '`ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `::set-env` and `::add-path`: any text that reaches the log (tool output, file contents, PR data) can then set variables or PATH for later steps. Remove it and write to `$GITHUB_ENV` / `$GITHUB_PATH` instead.',
    },
    tags: ['CWE-77', 'CWE-94'],
  },
  create(context) {
    const text = context.document.text;
    const check = (entries: readonly YamlEntry[], map: YAMLMap | undefined) => {
      for (const e of entries) {
        if (e.name.toUpperCase() !== 'ACTIONS_ALLOW_UNSECURE_COMMANDS') continue;
        const v = e.value?.value.trim().toLowerCase();
        if (v !== undefined && v !== 'true' && !v.includes('${{')) continue;
        const edit = map ? removePairEdit(text, map, e.pair) : undefined;
        const fixes: Fix[] = edit ? [{ title: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS', edits: [edit], safety: 'unsafe' }] : [];
        context.report({ span: e.keySpan, messageId: 'enabled', fixes });
      }
    };
    const envMapOf = (node: YAMLMap): YAMLMap | undefined => {
      for (const item of node.items) {
        const k = item.key as { value?: unknown } | null;
        if (k && k.value === 'env' && isMap(item.value)) return item.value as YAMLMap;
      }
      return undefined;
    };
    return {
      ghWorkflow(wf) {
        check(wf.env, envMapOf(wf.root));
      },
      ghJob(job) {
        if (job.composite) return;
        check(job.env, envMapOf(job.node));
      },
      ghStep(step) {
        check(step.env, step.envMap);
      },
    };
  },
});
