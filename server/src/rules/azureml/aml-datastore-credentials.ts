/**
 * aml-datastore-credentials: datastores that store an account key, SAS token, client
 * secret or certificate (`credentials:`) instead of identity-based (credential-less) access.
 */
import { mergeRules } from '../bicep/support';
import bicepPart from '../bicep/parts/amlDatastoreCredentials';
import { isMap } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import { defineRule } from '../../engine/rule';
import { isNotASecret } from '../../secrets';
import { findPair, fixOf, keySpanOfPair, removeKeyEdit, scalarText } from './amlRuleSupport';

const KINDS = new Set(['azureBlob', 'azureFile', 'azureDataLakeGen1', 'azureDataLakeGen2', 'oneLake']);
const SECRET_FIELDS: Readonly<Record<string, string>> = {
  account_key: 'a storage account key',
  sas_token: 'a SAS token',
  client_secret: 'a service principal client secret',
  certificate: 'a service principal certificate',
};

const yamlRule = defineRule({
  meta: {
    id: 'aml-datastore-credentials',
    description: 'Azure ML datastores should use identity-based access instead of storing account keys, SAS tokens or client secrets.',
    category: 'secrets',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['azureml'],
    fixable: 'unsafe',
    messages: {
      credentials:
        'This {{label}} stores {{what}} ({{field}}): anyone who can use the datastore reads data with it, and it never expires with the user. Omit credentials so that access uses the identity of the user or compute (grant it a Storage Blob Data role).',
    },
    tags: ['CWE-522', 'ASB-IM-1'],
  },
  create(context) {
    return {
      azuremlDocument(d) {
        if (!KINDS.has(d.kind)) return;
        const creds = d.get('credentials');
        if (!isMap(creds)) return;
        let found: Pair | undefined;
        let field = '';
        let placeholder = true;
        for (const f of Object.keys(SECRET_FIELDS)) {
          const p = findPair(creds as YAMLMap, f);
          const v = scalarText(p?.value);
          if (!p || v === undefined || v.length === 0) continue;
          if (!found) {
            found = p;
            field = f;
          }
          if (!isNotASecret(v)) placeholder = false;
        }
        if (!found) return;
        context.report({
          span: keySpanOfPair(found) ?? d.keySpan('credentials'),
          messageId: 'credentials',
          data: { label: d.info.label, what: SECRET_FIELDS[field] ?? 'a secret', field },
          fixes: fixOf('Remove credentials (use identity-based access)', removeKeyEdit(d.document.text, d.root, 'credentials'), 'unsafe'),
          confidence: placeholder ? 'medium' : 'high',
        });
      },
    };
  },
});

/** The same check on Bicep: the Azure ML resource's property (see ../bicep/parts/amlDatastoreCredentials.ts). */
export default mergeRules(yamlRule, bicepPart);
