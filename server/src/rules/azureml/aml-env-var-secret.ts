/**
 * aml-env-var-secret: secret-named environment variables (`*_API_KEY`, `DB_PASSWORD`, …)
 * given a literal value in a job, pipeline step, component or deployment. Values in a
 * recognised secret format or random enough for the keyword + entropy detector are left to
 * `hardcoded-secret` / `hardcoded-password`; this rule covers the rest (short or low-entropy
 * literals and placeholders that invite pasting the real secret into the file). Online
 * deployments get a quick fix to Azure ML secret injection (`${{azureml://connections/…}}`).
 */
import { isMap, isScalar } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { defineRule } from '../../engine/rule';
import type { AzureMLDocument } from '../../languages/azureml/model';
import type { YamlPath } from '../../languages/azureml/model';
import type { Fix } from '../../engine/types';
import { classifyKeyName, isNotASecret, isReference, scanValue, splitKeyWords } from '../../secrets';
import { keySpanOfPair, spanOf } from './amlRuleSupport';
import { setScalarEdit } from '../../languages/yaml/edits';
import { pairKeyName } from '../../languages/yaml/parse';

const ONLINE_DEPLOYMENTS = new Set(['managedOnlineDeployment', 'kubernetesOnlineDeployment']);
const SECRET_WORDS = new Set(['api', 'key', 'keys', 'password', 'passwd', 'pwd', 'pass', 'secret', 'token', 'pat', 'access', 'client', 'connection', 'string', 'sas', 'account', 'conn', 'str', 'credential', 'credentials', 'private', 'subscription']);

const WHAT: Readonly<Record<string, string>> = {
  password: 'a password',
  'client-secret': 'a client secret',
  'api-key': 'an API key',
  token: 'a token',
  secret: 'a secret',
  'account-key': 'an account key',
  'connection-string': 'a connection string',
  credential: 'a credential',
  'private-key': 'a private key',
};

/** `${{azureml://connections/azure_openai/credentials/azure_openai_api_key}}` for `AZURE_OPENAI_API_KEY`. */
export function secretInjectionFor(varName: string): string {
  const words = splitKeyWords(varName);
  let end = words.length;
  while (end > 0 && SECRET_WORDS.has(words[end - 1] ?? '')) end--;
  const conn = words.slice(0, end).join('_').slice(0, 60) || 'my_connection';
  const cred = words.join('_').slice(0, 60) || 'key';
  return `\${{azureml://connections/${conn}/credentials/${cred}}}`;
}

export default defineRule({
  meta: {
    id: 'aml-env-var-secret',
    description: 'Secrets should not be written as literal environment_variables in Azure ML jobs, components or deployments.',
    category: 'secrets',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: 'unsafe',
    messages: {
      literal: 'environment_variables.{{name}} looks like {{what}} and is set to a literal: it is stored in the file and in the {{where}} definition in clear text. {{remedy}}',
      placeholder:
        'environment_variables.{{name}} expects {{what}} and holds a placeholder, so the real secret would be pasted into the file. {{remedy}}',
    },
    tags: ['CWE-798', 'CWE-312', 'ASB-IM-8'],
  },
  create(context) {
    const doc = context.document;
    const text = doc.text;

    const check = (d: AzureMLDocument, envNode: Node | null | undefined, route: YamlPath, where: string) => {
      if (!isMap(envNode)) return;
      for (const item of (envNode as YAMLMap).items) {
        const pair = item as Pair;
        const name = pairKeyName(pair);
        if (name === undefined) continue;
        const cls = classifyKeyName(name).secretClass;
        if (!cls) continue;
        const v = pair.value as Node | null;
        if (!isScalar(v) || v.value === null || v.value === undefined) continue;
        const value = String(v.value);
        if (value.trim().length === 0 || isReference(value)) continue;
        // formats and high-entropy literals are reported by hardcoded-secret / hardcoded-password
        if (scanValue(value, { key: name, fileKind: 'azureml', path: [...route, name] }).length > 0) continue;
        if (context.allowlist.isAllowedSecret(value)) continue;
        const placeholder = isNotASecret(value);
        const online = ONLINE_DEPLOYMENTS.has(d.kind);
        const injection = secretInjectionFor(name);
        const remedy = online
          ? `Inject it at deployment time from a workspace connection or Key Vault (\`${injection}\` or \`\${{keyvault:https://<vault>.vault.azure.net/secrets/<name>}}\`).`
          : 'Read it at run time from Key Vault or a workspace connection with the identity the code runs as.';
        let fixes: Fix[] = [];
        if (online) {
          const edit = setScalarEdit(text, v, injection);
          if (edit) fixes = [{ title: `Replace with ${injection}`, edits: [edit], safety: 'unsafe' }];
        }
        context.report({
          span: spanOf(v) ?? keySpanOfPair(pair) ?? d.keySpan('environment_variables'),
          messageId: placeholder ? 'placeholder' : 'literal',
          data: { name: name.slice(0, 80), what: WHAT[cls] ?? 'a secret', where, remedy },
          fixes,
          confidence: placeholder ? 'low' : 'medium',
        });
      }
    };

    return {
      azuremlJob(j) {
        const where = j.nested && j.name !== undefined ? 'pipeline step' : 'job';
        check(j.document, j.get('environment_variables'), [...j.path, 'environment_variables'], where);
        check(j.document, j.nodeAt(['trial', 'environment_variables']), [...j.path, 'trial', 'environment_variables'], 'sweep trial');
      },
      azuremlDocument(d) {
        if (d.isJob) return; // jobs (and their steps) come through azuremlJob
        const where = d.info.label;
        check(d, d.get('environment_variables'), ['environment_variables'], where);
        check(d, d.nodeAt(['settings', 'environment_variables']), ['settings', 'environment_variables'], where);
      },
    };
  },
});
