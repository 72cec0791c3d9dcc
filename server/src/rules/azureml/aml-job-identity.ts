/**
 * aml-job-identity: jobs that leave their data-access identity to the default (the AML
 * token) or ask for it explicitly (`identity.type: aml_token`). Pipeline steps inherit the
 * pipeline's identity, so an absent identity is reported only on top-level jobs (and on a
 * schedule's inline job); an explicit `aml_token` is reported wherever it is written.
 */
import { isCollection, isMap } from 'yaml';
import type { YAMLMap } from 'yaml';
import { defineRule } from '../../engine/rule';
import type { AzureMLJob } from '../../languages/azureml/model';
import type { Fix } from '../../engine/types';
import { findPair, fixOf, insertBlockEdit, missingAnchor, replaceKeyEdit, scalarText, setKeyEdit, spanOf } from './amlRuleSupport';

const TOP_AFTER = ['compute', 'settings', 'experiment_name', 'display_name', 'name', 'type'];
const STEP_AFTER = ['compute', 'component', 'type'];

/** Does the job (or the pipeline around a step) name a compute? Serverless jobs cannot use a system-assigned identity. */
function hasCompute(j: AzureMLJob | undefined): boolean {
  for (let cur = j, depth = 0; cur && depth < 16; cur = cur.parent, depth++) {
    if (cur.get('compute') !== undefined) return true;
    const settings = cur.getMap('settings');
    if (settings && findPair(settings, 'default_compute') !== undefined) return true;
  }
  return false;
}

/** Pipeline whose every step sets an identity: the pipeline-level default is never used. */
function everyStepHasIdentity(j: AzureMLJob): boolean {
  const jobs = j.getMap('jobs');
  if (!jobs || jobs.items.length === 0) return false;
  return jobs.items.every((item) => isMap(item.value) && isMap(findPair(item.value as YAMLMap, 'identity')?.value));
}

export default defineRule({
  meta: {
    id: 'aml-job-identity',
    description: 'Azure ML jobs should declare the identity they access data with (user_identity or managed) instead of relying on the AML token.',
    category: 'identity',
    severity: 'info',
    confidence: 'medium',
    appliesTo: ['azureml'],
    fixable: 'safe',
    messages: {
      missing:
        'This {{what}} sets no identity, so it runs with the default AML token: data access falls back to stored datastore credentials or the compute identity instead of an identity you chose. Set identity.type to user_identity or managed.',
      amlToken:
        'identity type aml_token accesses data with the workspace-scoped AML token and stored datastore credentials, not an Entra identity that storage RBAC and audit logs can see. Use user_identity or managed.',
    },
    tags: ['ASB-IM-3'],
  },
  create(context) {
    const text = context.document.text;
    return {
      azuremlJob(j) {
        const idNode = j.get('identity');
        const order = hasCompute(j) ? (['managed', 'user_identity'] as const) : (['user_identity', 'managed'] as const);
        if (isMap(idNode)) {
          const typePair = findPair(idNode as YAMLMap, 'type');
          if (scalarText(typePair?.value)?.toLowerCase() !== 'aml_token') return;
          const fixes: Fix[] = order.flatMap((t) => fixOf(`Set identity type: ${t}`, setKeyEdit(text, idNode as YAMLMap, 'type', t), 'safe'));
          context.report({ span: spanOf(typePair?.value) ?? j.keySpan('identity'), messageId: 'amlToken', fixes });
          return;
        }
        if (isCollection(idNode) || (idNode !== undefined && scalarText(idNode) !== undefined)) return; // malformed: the schema rule reports it
        if (j.parent !== undefined || (j.nested && j.name !== undefined)) return; // steps inherit the pipeline's identity
        if (j.type === 'pipeline' && everyStepHasIdentity(j)) return;
        const after = j.nested ? STEP_AFTER : TOP_AFTER;
        const fixes: Fix[] = order.flatMap((t) =>
          fixOf(
            `Add identity type: ${t}`,
            idNode === undefined ? insertBlockEdit(text, j.node, `identity:\n  type: ${t}`, after) : insertIdentityIntoEmpty(text, j.node, t),
            'safe',
          ),
        );
        const what = j.nested ? 'scheduled job' : `${j.document.info.label}`;
        const span = j.nested ? j.anchor : missingAnchor(j, ['name', 'display_name', 'type', 'command']);
        context.report({ span, messageId: 'missing', data: { what }, fixes });
      },
    };
  },
});

function insertIdentityIntoEmpty(text: string, map: YAMLMap, type: string) {
  // `identity:` with no value: replace the pair with the block
  return replaceKeyEdit(text, map, 'identity', `identity:\n  type: ${type}`);
}
