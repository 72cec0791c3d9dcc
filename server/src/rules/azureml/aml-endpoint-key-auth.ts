/**
 * aml-endpoint-key-auth: online endpoints that authenticate scoring requests with static
 * keys (`auth_mode: key`, which is also the default when `auth_mode` is absent). Batch
 * endpoints default to Microsoft Entra ID and are flagged only for an explicit `key`.
 */
import { mergeRules } from '../bicep/support';
import bicepPart from '../bicep/parts/amlEndpointKeyAuth';
import { isCollection } from 'yaml';
import { defineRule } from '../../engine/rule';
import { fixOf, lowerValue, missingAnchor, setKeyEdit, valueOrKeySpan } from './amlRuleSupport';

const ONLINE = new Set(['managedOnlineEndpoint', 'kubernetesOnlineEndpoint']);

const yamlRule = defineRule({
  meta: {
    id: 'aml-endpoint-key-auth',
    description: 'Azure ML endpoints should authenticate requests with Microsoft Entra ID tokens (auth_mode aad_token) rather than static keys.',
    category: 'identity',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['azureml'],
    fixable: 'safe',
    messages: {
      defaultKey:
        'auth_mode is not set, so this {{label}} uses key authentication: static keys that never expire and are not tied to a user{{exposure}}. Set auth_mode: aad_token.',
      key: 'auth_mode: {{value}} authenticates requests with static keys that never expire and are not tied to a user{{exposure}}. Use auth_mode: aad_token.',
      amlToken: 'auth_mode: aml_token uses Azure ML tokens rather than Microsoft Entra ID tokens, so Azure RBAC and Conditional Access do not apply. Use auth_mode: aad_token.',
    },
    tags: ['ASB-IM-1', 'CWE-798'],
    optionsSchema: {
      type: 'object',
      properties: {
        flagAmlToken: { type: 'boolean', description: 'Also report `auth_mode: aml_token` (default false).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { flagAmlToken: false },
  },
  create(context) {
    const flagAmlToken = context.options['flagAmlToken'] === true;
    return {
      azuremlDocument(d) {
        const online = ONLINE.has(d.kind);
        if (!online && d.kind !== 'batchEndpoint') return;
        const text = d.document.text;
        const mode = lowerValue(d, 'auth_mode');
        const publicAccess = lowerValue(d, 'public_network_access');
        const exposed = d.kind === 'managedOnlineEndpoint' && publicAccess !== 'disabled';
        const exposure = exposed ? ', on an endpoint reachable from the internet' : '';
        const fixes = fixOf('Set auth_mode: aad_token', setKeyEdit(text, d.root, 'auth_mode', 'aad_token', ['name', 'description']), 'safe');
        if (mode === undefined) {
          if (!online || isCollection(d.get('auth_mode'))) return; // batch default is aad_token; a collection is a schema problem
          context.report({ span: missingAnchor(d), messageId: 'defaultKey', data: { label: d.info.label, exposure }, fixes, confidence: exposed ? 'high' : 'medium' });
          return;
        }
        if (mode === 'key') {
          context.report({
            span: valueOrKeySpan(d, 'auth_mode'),
            messageId: 'key',
            data: { value: d.getString('auth_mode')?.trim() ?? 'key', exposure },
            fixes,
            confidence: exposed ? 'high' : 'medium',
          });
        } else if (mode === 'aml_token' && flagAmlToken) {
          context.report({ span: valueOrKeySpan(d, 'auth_mode'), messageId: 'amlToken', fixes, confidence: 'medium' });
        }
      },
    };
  },
});

/** The same check on Bicep: the Azure ML resource's property (see ../bicep/parts/amlEndpointKeyAuth.ts). */
export default mergeRules(yamlRule, bicepPart);
