/**
 * aml-connection-credentials: workspace connections that carry a secret in the file (PAT,
 * password, SAS token, access key, API key, client secret, custom keys) rather than using
 * Microsoft Entra ID / a managed identity, or at least receiving the secret at creation time.
 */
import { isMap, isScalar } from 'yaml';
import type { Pair, Scalar, YAMLMap } from 'yaml';
import type { AzureMLDocument } from '../../languages/azureml/model';
import { setScalarEdit } from '../../languages/yaml/edits';
import { pairKeyName } from '../../languages/yaml/parse';
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { isNotASecret } from '../../secrets';
import { findPair, fixOf, keySpanOfPair, lowerValue, removeKeyEdit, scalarText } from './amlRuleSupport';

const USER_INPUT = '<user-input>';

const SECRET_FIELDS: Readonly<Record<string, string>> = {
  pat: 'a personal access token',
  password: 'a password',
  sas_token: 'a SAS token',
  secret_access_key: 'an access key secret',
  key: 'an API key',
  account_key: 'a storage account key',
  client_secret: 'a client secret',
};

/** Connection types that work without a stored secret (Microsoft Entra ID / managed identity). */
const ENTRA_TYPES = new Set([
  'azure_blob',
  'azure_data_lake_gen2',
  'azure_one_lake',
  'azure_open_ai',
  'azure_ai_services',
  'azure_ai_search',
  'azure_content_safety',
  'azure_speech_services',
  'cognitive_search',
  'cognitive_service',
]);

interface Hit {
  readonly pair: Pair;
  readonly field: string;
  readonly what: string;
  readonly container: YAMLMap;
  readonly topLevel: boolean;
  readonly value: string;
}

function nonEmpty(p: Pair | undefined): string | undefined {
  const v = scalarText(p?.value as never);
  return v !== undefined && v.length > 0 ? v : undefined;
}

export default defineRule({
  meta: {
    id: 'aml-connection-credentials',
    description: 'Azure ML connections should authenticate with Microsoft Entra ID or a managed identity instead of secrets written in the file.',
    category: 'secrets',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['azureml'],
    fixable: 'unsafe',
    messages: {
      secret: 'This {{type}} connection stores {{what}} ({{field}}) in the file{{placeholder}}. {{remedy}}',
      promptflow:
        'This prompt flow connection stores the secret {{field}} in the file{{placeholder}}. Write "<user-input>" instead so that pf connection create asks for it, or pass it with --set.',
    },
    tags: ['CWE-798', 'ASB-IM-1'],
  },
  create(context) {
    /** Prompt flow connection files: `"<user-input>"` makes `pf connection create` prompt for the secret. */
    const promptflow = (d: AzureMLDocument) => {
      const candidates: Pair[] = [];
      const apiKey = findPair(d.root, 'api_key');
      if (apiKey) candidates.push(apiKey);
      const secrets = d.get('secrets');
      if (isMap(secrets)) for (const item of (secrets as YAMLMap).items) candidates.push(item as Pair);
      for (const p of candidates) {
        const v = nonEmpty(p);
        if (v === undefined || v === USER_INPUT) continue;
        const edit = isScalar(p.value) ? setScalarEdit(d.document.text, p.value as Scalar, USER_INPUT) : undefined;
        const field = pairKeyName(p) ?? 'api_key';
        context.report({
          span: keySpanOfPair(p) ?? d.keySpan('api_key'),
          messageId: 'promptflow',
          data: { field: field.slice(0, 80), placeholder: isNotASecret(v) ? ' (here a placeholder, to be replaced by the real secret)' : '' },
          fixes: edit ? [{ title: `Replace with "${USER_INPUT}"`, edits: [edit], safety: 'unsafe' }] : [],
          confidence: isNotASecret(v) ? 'medium' : 'high',
        });
      }
    };
    return {
      azuremlDocument(d) {
        if (d.kind === 'promptflowConnection') {
          promptflow(d);
          return;
        }
        if (d.kind !== 'connection') return;
        const type = lowerValue(d, 'type') ?? 'unknown';
        const hits: Hit[] = [];
        const apiKey = findPair(d.root, 'api_key');
        const apiValue = nonEmpty(apiKey);
        if (apiKey && apiValue !== undefined) hits.push({ pair: apiKey, field: 'api_key', what: 'an API key', container: d.root, topLevel: true, value: apiValue });
        const creds = d.get('credentials');
        if (isMap(creds)) {
          const credType = scalarText(findPair(creds as YAMLMap, 'type')?.value)?.toLowerCase();
          if (credType !== 'managed_identity' && credType !== 'aad' && credType !== 'none') {
            for (const f of Object.keys(SECRET_FIELDS)) {
              const p = findPair(creds as YAMLMap, f);
              const v = nonEmpty(p);
              if (p && v !== undefined) hits.push({ pair: p, field: f, what: SECRET_FIELDS[f] ?? 'a secret', container: creds as YAMLMap, topLevel: false, value: v });
            }
            const keys = findPair(creds as YAMLMap, 'keys');
            if (keys && isMap(keys.value)) {
              for (const item of (keys.value as YAMLMap).items) {
                const v = nonEmpty(item as Pair);
                if (v !== undefined) {
                  hits.push({ pair: keys, field: 'keys', what: 'custom secret keys', container: creds as YAMLMap, topLevel: false, value: v });
                  break;
                }
              }
            }
          }
        }
        const first = hits[0];
        if (!first) return;
        const placeholder = hits.every((h) => isNotASecret(h.value));
        const text = d.document.text;
        const entra = ENTRA_TYPES.has(type);
        let remedy: string;
        let fixes: Fix[];
        if (entra) {
          remedy = 'Omit it so that the connection uses Microsoft Entra ID (grant the workspace or project identity a role on the target).';
          fixes = first.topLevel
            ? fixOf('Remove api_key (use Microsoft Entra ID)', removeKeyEdit(text, d.root, 'api_key'), 'unsafe')
            : fixOf('Remove credentials (use Microsoft Entra ID)', removeKeyEdit(text, d.root, 'credentials'), 'unsafe');
        } else {
          const setPath = first.topLevel ? 'api_key' : `credentials.${first.field}`;
          remedy = `Keep it out of the file: pass it when the connection is created (az ml connection create --set ${setPath}=…) from a secret store, or use a managed identity where the target supports one.`;
          fixes = fixOf(`Remove ${first.field} (pass it with --set)`, removeKeyEdit(text, first.container, first.field), 'unsafe');
        }
        context.report({
          span: keySpanOfPair(first.pair) ?? d.keySpan('credentials'),
          messageId: 'secret',
          data: { type, what: first.what, field: first.field, placeholder: placeholder ? ' (here a placeholder, to be replaced by the real secret)' : '', remedy },
          fixes,
          confidence: placeholder ? 'medium' : 'high',
        });
      },
    };
  },
});
