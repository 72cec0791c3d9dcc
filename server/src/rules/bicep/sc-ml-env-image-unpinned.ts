/**
 * sc-ml-env-image-unpinned: Azure ML environments built on `:latest` (or untagged) images change
 * under training and inference jobs; images from unapproved registries bypass image scanning.
 */
import { defineRule } from '../../engine/rule';
import { isResourceOfType, locatePath, propertyState, relevantForTypes } from './support';

const ENV_VERSIONS = ['Microsoft.MachineLearningServices/workspaces/environments/versions', 'Microsoft.MachineLearningServices/registries/environments/versions'];

/** `none` (no tag), `latest`, `tag` or `digest`, and the registry host (undefined for Docker Hub). */
export function imageRef(image: string): { pin: 'none' | 'latest' | 'tag' | 'digest'; registry: string | undefined } {
  const s = image.trim();
  const at = s.indexOf('@');
  const slash = s.indexOf('/');
  const first = slash > 0 ? s.slice(0, slash) : '';
  const registry = first && (first.includes('.') || first.includes(':') || first === 'localhost') ? first.toLowerCase() : undefined;
  if (at > 0 && /^sha256:[0-9a-f]{64}$/i.test(s.slice(at + 1))) return { pin: 'digest', registry };
  const lastSlash = s.lastIndexOf('/');
  const colon = s.indexOf(':', lastSlash + 1);
  if (colon < 0) return { pin: 'none', registry };
  return { pin: s.slice(colon + 1).toLowerCase() === 'latest' ? 'latest' : 'tag', registry };
}

export default defineRule({
  meta: {
    id: 'sc-ml-env-image-unpinned',
    description: 'Azure ML environment images should use a versioned tag or digest (not latest) from an approved registry.',
    category: 'supply-chain',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: false,
    messages: {
      latest: "Environment {{resource}} uses image '{{image}}' with {{how}}: training and inference jobs may get a different image on every build; pin a version tag or an @sha256 digest.",
      registry: "Environment {{resource}} uses image '{{image}}' from '{{registry}}', which is not in the allowedRegistries option; use an image from the workspace's approved registry.",
    },
    tags: ['CWE-829', 'CWE-494'],
    optionsSchema: {
      type: 'object',
      properties: {
        allowedRegistries: {
          type: 'array',
          items: { type: 'string' },
          description: "Registry hosts images may come from (for example 'contosoacr.azurecr.io', 'mcr.microsoft.com'). Empty: not checked.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowedRegistries: [] },
  },
  relevant: relevantForTypes(ENV_VERSIONS),
  create(context) {
    const allowed = (Array.isArray(context.options['allowedRegistries']) ? (context.options['allowedRegistries'] as unknown[]) : []).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, ENV_VERSIONS)) return;
        const st = propertyState(r, 'properties.image');
        if (st.kind !== 'values') return;
        const value = locatePath(r.body, 'properties.image').property?.value;
        const span = value ? { start: value.start, end: value.end } : r.nameSpan;
        for (const o of st.options) {
          if (typeof o.value !== 'string' || o.value.trim() === '') continue;
          const ref = imageRef(o.value);
          if (ref.pin === 'none' || ref.pin === 'latest') {
            context.report({ span, messageId: 'latest', data: { resource: r.name, image: o.value.slice(0, 120), how: ref.pin === 'none' ? 'no tag' : "the 'latest' tag" } });
            return;
          }
          if (allowed.length > 0 && !allowed.includes(ref.registry ?? 'docker.io')) {
            context.report({ span, messageId: 'registry', data: { resource: r.name, image: o.value.slice(0, 120), registry: ref.registry ?? 'docker.io' } });
            return;
          }
        }
      },
    };
  },
});
