/**
 * stg-container-public: blob containers holding training data or documents should not be
 * readable anonymously.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { isAvmModule, isLiteralNode, mergeRules, propertyRule, relevantForTypes, replaceFix, valueMatches } from './support';
import { arrayItems, writtenAt } from './parts/arrayItems';
import { AVM_STORAGE, BLOB_CONTAINERS, field } from './parts/platform';

const INSECURE = ['Blob', 'Container'];

const resourcePart = propertyRule({
  id: 'stg-container-public',
  description: "Blob containers should not allow anonymous access (publicAccess should be 'None').",
  category: 'network',
  severity: 'error',
  tags: ['PSRule:Azure.Storage.BlobAccessType', 'CKV_AZURE_34', 'ASB-NS-2'],
  resourceTypes: [BLOB_CONTAINERS],
  path: 'properties.publicAccess',
  insecure: INSECURE,
  absent: 'secure',
  secureValue: "'None'",
  message: "Container {{resource}} can be read anonymously by anyone on the internet (publicAccess is {{value}}); set it to 'None' and grant access with Microsoft Entra ID roles or user-delegation SAS.",
});

/** The AVM storage module takes containers as `blobServices: { containers: [{ name, publicAccess }] }`. */
const avmPart = defineRule<'avmContainer'>({
  meta: {
    ...resourcePart.meta,
    appliesTo: ['bicep'],
    messages: { avmContainer: "Container {{container}} of storage module {{resource}} can be read anonymously by anyone on the internet (publicAccess is {{value}}); set it to 'None'." },
  },
  relevant: relevantForTypes([], { avmModules: [AVM_STORAGE] }),
  create(context) {
    const doc = context.document;
    return {
      bicepModule(m) {
        if (doc.kind !== 'bicep' || !isAvmModule(m, AVM_STORAGE)) return;
        for (const item of arrayItems(m, 'params.blobServices.containers').items) {
          const bad = item.values.map((v) => field(v, 'publicAccess')).find((v) => v !== undefined && v !== null && valueMatches(v, INSECURE));
          if (bad === undefined) continue;
          const written = writtenAt(item.object, 'publicAccess');
          const span = written ? { start: written.start, end: written.end } : item.span;
          const fixes: Fix[] = written && isLiteralNode(written) ? [replaceFix(span, "'None'", "Set publicAccess to 'None'")] : [];
          const name = field(item.values[0], 'name');
          context.report({ span, messageId: 'avmContainer', data: { container: typeof name === 'string' ? `'${name.slice(0, 40)}'` : 'without a name', resource: m.name, value: `'${String(bad)}'` }, fixes });
        }
      },
    };
  },
});

export default mergeRules(resourcePart, avmPart);
