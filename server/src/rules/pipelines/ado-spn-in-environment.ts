/**
 * ado-spn-in-environment: `addSpnToEnvironment: true` hands the service connection's
 * credential (`servicePrincipalKey`, or the federated `idToken`) to the inline script as
 * environment variables. Reported when the script does not use them (needless exposure),
 * when it leaks them (prints them, sets pipeline variables, writes files, passes them on a
 * command line), or when the script is a file Bulwark cannot see.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { removePairEdit } from '../../languages/yaml/edits';

const USES = /\b(?:servicePrincipalKey|servicePrincipalId|idToken|tenantId)\b/i;
const SECRET_VAR = String.raw`(?:\$\{?(?:env:)?|%)(?:servicePrincipalKey|idToken)\b`;
const LEAKS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:echo|printf|Write-Host|Write-Output|Write-Verbose|cat)\b[^\n]{0,200}?` + SECRET_VAR, 'i'),
  new RegExp(String.raw`##vso\[task\.setvariable[^\n]{0,200}?` + SECRET_VAR, 'i'),
  new RegExp(SECRET_VAR + String.raw`[^\n]{0,40}?(?:>>?|\|\s*tee\b|\bOut-File\b|\bSet-Content\b|\bAdd-Content\b)`, 'i'),
  new RegExp(String.raw`(?:\s-p|--password|--secret|--client-secret|-Password|-ClientSecret)[\s=:]+["']?` + SECRET_VAR, 'i'),
];

export default defineRule({
  meta: {
    id: 'ado-spn-in-environment',
    description: 'Azure CLI and PowerShell tasks should not set `addSpnToEnvironment: true` unless the script needs the credential, and should never print or persist it.',
    category: 'identity',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['azure-pipelines'],
    fixable: 'unsafe',
    messages: {
      unused:
        '`addSpnToEnvironment: true` exposes the service connection\'s secret or token to this script, which never reads it; remove it so a compromised tool in the script cannot take the credential.',
      leak:
        'The script prints, stores or passes on the command line the service connection credential that `addSpnToEnvironment` exposes: logs, files and process lists keep it. Let the task sign in (`az` is already logged in), or pass it only through environment variables.',
      unseen:
        '`addSpnToEnvironment: true` exposes the service connection\'s secret or token to a script file Bulwark cannot see; make sure it needs the credential and never prints it.',
    },
    tags: ['CWE-522', 'CWE-532'],
  },
  create(context) {
    const text = context.document.text;
    return {
      adoStep(step) {
        const flag = step.input('addSpnToEnvironment');
        const v = flag?.value?.value.trim();
        if (!flag || !v || !/^(?:true|yes|on)$/i.test(v)) return;
        const script = step.script;
        if (!script) {
          context.report({ span: flag.keySpan, messageId: 'unseen', confidence: 'low' });
          return;
        }
        const code = script.value.value.length > 200_000 ? script.value.value.slice(0, 200_000) : script.value.value;
        if (LEAKS.some((re) => re.test(code))) {
          context.report({ span: flag.keySpan, messageId: 'leak' });
          return;
        }
        if (USES.test(code)) return;
        const edit = step.inputsMap ? removePairEdit(text, step.inputsMap, flag.pair) : undefined;
        const fixes: Fix[] = edit ? [{ title: 'Remove addSpnToEnvironment', edits: [edit], safety: 'unsafe' }] : [];
        context.report({ span: flag.keySpan, messageId: 'unused', fixes });
      },
    };
  },
});
