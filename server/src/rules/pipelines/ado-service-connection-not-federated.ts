/**
 * ado-service-connection-not-federated: signs that a pipeline authenticates to Azure with a
 * service-principal *secret*. Whether a service connection uses workload identity
 * federation is configured in Azure DevOps, not in YAML: the YAML only names the connection.
 * What YAML does show: scripts reading `servicePrincipalKey` (set only for secret-based
 * connections), `az login --service-principal` with a password, and client secrets mapped
 * into `ARM_CLIENT_SECRET` / `AZURE_CLIENT_SECRET`.
 */
import { defineRule } from '../../engine/rule';

const SP_KEY = /(?:\$\{?(?:env:)?|%)servicePrincipalKey\b|\$\(servicePrincipalKey\)/i;
const CLI_SECRET_LOGIN = /\baz\s+login\b[^\n]{0,400}?--service-principal\b[^\n]{0,400}/;
const CLI_PASSWORD = /\s(?:-p|--password|--secret)[\s=]/;
const CLI_NOT_SECRET = /--federated-token|--certificate|\.pem\b|idToken/i;
const SECRET_ENV = new Set(['ARM_CLIENT_SECRET', 'AZURE_CLIENT_SECRET']);

export default defineRule({
  meta: {
    id: 'ado-service-connection-not-federated',
    description: 'Pipelines should authenticate to Azure through workload identity federation, not a service-principal secret.',
    category: 'identity',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['azure-pipelines'],
    fixable: false,
    messages: {
      spKey:
        'This script reads `servicePrincipalKey`, which is set only when the service connection{{conn}} signs in with a client secret: convert the connection to workload identity federation (Project settings → Service connections → Convert) and use `idToken` if the script needs a credential.',
      cliSecret: '`az login --service-principal` with a password uses a long-lived client secret; use an Azure CLI task with a workload-identity-federation service connection instead.',
      envSecret:
        '`{{name}}` passes a service-principal client secret to this step; use a workload-identity-federation service connection (for Terraform: `ARM_USE_OIDC` with the AzureCLI task\'s `idToken`).',
    },
    tags: ['CWE-522', 'ASB-IM-3'],
  },
  create(context) {
    return {
      adoStep(step) {
        const script = step.script;
        const code = script?.inline ? script.value.value : undefined;
        if (code && SP_KEY.test(code)) {
          const conn = (step.input('azureSubscription') ?? step.input('connectedServiceNameARM') ?? step.input('azureResourceManagerConnection'))?.value?.value;
          const span = context.document.locateInSource(script?.value.span ?? step.anchor, 'servicePrincipalKey') ?? step.anchor;
          context.report({ span, messageId: 'spKey', data: { conn: conn ? ` \`${conn}\`` : '' } });
        } else if (code && code.includes('service-principal')) {
          const m = CLI_SECRET_LOGIN.exec(code);
          if (m && CLI_PASSWORD.test(m[0]) && !CLI_NOT_SECRET.test(m[0])) {
            context.report({ span: context.document.locateInSource(script?.value.span ?? step.anchor, 'az login') ?? step.anchor, messageId: 'cliSecret' });
          }
        }
        for (const e of step.env) {
          if (!SECRET_ENV.has(e.name.toUpperCase()) || !e.value?.value.trim()) continue;
          context.report({ span: e.keySpan, messageId: 'envSecret', data: { name: e.name } });
        }
      },
    };
  },
});
