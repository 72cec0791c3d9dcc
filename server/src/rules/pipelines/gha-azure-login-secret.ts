/**
 * gha-azure-login-secret: Azure sign-in from a workflow with a service-principal secret —
 * `azure/login` with `creds:` (a JSON blob holding `clientSecret`), or `az login
 * --service-principal` with a password — instead of OpenID Connect federation, which needs
 * no stored secret.
 */
import { defineRule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { ensureIdTokenEdits } from '../../languages/pipelines/ghEdits';
import { replacePairEdit } from '../../languages/yaml/edits';

/** `az login --service-principal … -p|--password|--secret …` on one logical line, without a federated token or certificate. */
const CLI_SECRET_LOGIN = /\baz\s+login\b[^\n]{0,400}?--service-principal\b[^\n]{0,400}/;
const CLI_PASSWORD = /\s(?:-p|--password|--secret)[\s=]/;
const CLI_NOT_SECRET = /--federated-token|--certificate|\.pem\b/;

export default defineRule({
  meta: {
    id: 'gha-azure-login-secret',
    description: 'Workflows should sign in to Azure with OpenID Connect (client-id, tenant-id, subscription-id) rather than a service-principal secret.',
    category: 'identity',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['github-workflow', 'github-action'],
    fixable: 'unsafe',
    messages: {
      creds:
        '`azure/login` signs in with `creds:`, a service-principal client secret stored in GitHub: it does not expire with the run and leaks with the JSON. Use OpenID Connect: a federated credential on the app or managed identity, `client-id`/`tenant-id`/`subscription-id` inputs and `id-token: write`.',
      cliSecret:
        '`az login --service-principal` with a password uses a long-lived client secret; use `azure/login` with OpenID Connect (or `--federated-token`) instead.',
    },
    tags: ['CWE-522', 'ASB-IM-3'],
  },
  create(context) {
    const text = context.document.text;
    return {
      ghStep(step) {
        if (step.uses?.slug === 'azure/login' && !step.uses.subpath) {
          const creds = step.input('creds');
          if (!creds) return;
          const authType = step.input('auth-type')?.value?.value.trim().toUpperCase();
          if (authType === 'IDENTITY') return;
          if (step.input('client-id') && step.input('tenant-id') && step.input('subscription-id')) return; // creds is ignored then
          const fixes: Fix[] = [];
          const replace = step.withMap && !step.input('client-id') && !step.input('tenant-id') && !step.input('subscription-id')
            ? replacePairEdit(
                text,
                step.withMap,
                creds.pair,
                'client-id: ${{ secrets.AZURE_CLIENT_ID }}\ntenant-id: ${{ secrets.AZURE_TENANT_ID }}\nsubscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}',
              )
            : undefined;
          if (replace) {
            const perms: TextEdit[] | undefined = step.job.composite ? [] : ensureIdTokenEdits(step.job);
            if (perms) {
              fixes.push({
                title: 'Switch to OpenID Connect (client-id, tenant-id, subscription-id and id-token: write)',
                edits: [replace, ...perms],
                safety: 'unsafe',
              });
            }
          }
          context.report({ span: creds.keySpan, messageId: 'creds', fixes });
          return;
        }
        for (const script of step.scripts) {
          if (script.language !== 'bash' && script.language !== 'pwsh' && script.language !== 'powershell' && script.kind !== 'azure-cli') continue;
          const v = script.value.value;
          if (!v.includes('service-principal')) continue;
          const m = CLI_SECRET_LOGIN.exec(v);
          if (!m || !CLI_PASSWORD.test(m[0]) || CLI_NOT_SECRET.test(m[0])) continue;
          const span = context.document.locateInSource(script.value.span, 'az login') ?? script.entry.keySpan;
          context.report({ span, messageId: 'cliSecret' });
        }
      },
    };
  },
});
