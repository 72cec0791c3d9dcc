/**
 * sc-module-version: modules and imports from registries should reference an immutable version,
 * and (optionally) only trusted registries.
 */
import { defineRule } from '../../engine/rule';
import { classifyModulePath, getBicep } from '../../languages/bicep';
import type { ModuleSource, StringLiteral } from '../../languages/bicep';

const FLOATING = new Set(['latest', 'main', 'master', 'dev', 'develop', 'development', 'stable', 'edge', 'nightly', 'current', 'prod', 'production', 'head']);

export default defineRule({
  meta: {
    id: 'sc-module-version',
    description: 'Registry modules and imports should reference a full, immutable version, and come from trusted registries.',
    category: 'supply-chain',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep', 'bicepparam'],
    fixable: false,
    messages: {
      floating: "{{what}} '{{ref}}' uses the moving tag '{{tag}}': what is deployed can change without a change to this file; reference a full version (for example 1.2.3) or a digest.",
      partial: "{{what}} '{{ref}}' uses the tag '{{tag}}', which looks like a moving major or minor version; reference a full version (for example {{tag}}.0) or a digest.",
      untrusted: "{{what}} '{{ref}}' comes from registry '{{registry}}', which is not in the trustedRegistries option.",
    },
    tags: ['CWE-829', 'bicep:use-recent-module-versions'],
    optionsSchema: {
      type: 'object',
      properties: {
        trustedRegistries: {
          type: 'array',
          items: { type: 'string' },
          description: "Registry host names modules may come from (for example 'mcr.microsoft.com', 'contosoacr.azurecr.io'). Empty: not checked. `br/public:` is mcr.microsoft.com.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { trustedRegistries: [] },
  },
  create(context) {
    const doc = context.document;
    const trusted = (Array.isArray(context.options['trustedRegistries']) ? (context.options['trustedRegistries'] as unknown[]) : []).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());

    const check = (lit: StringLiteral | undefined, what: string, classified?: ModuleSource) => {
      if (!lit || lit.exprs.length > 0) return;
      const src = classified ?? classifyModulePath(lit.segments[0] ?? '', doc.path);
      if (src.kind !== 'registry' && src.kind !== 'template-spec') return;
      const span = { start: lit.start, end: lit.end };
      const ref = src.ref;
      if (src.kind === 'registry' && trusted.length > 0) {
        const registry = src.alias === 'public' ? 'mcr.microsoft.com' : src.registry?.toLowerCase();
        if (registry && !trusted.includes(registry)) context.report({ span, messageId: 'untrusted', data: { what, ref, registry } });
      }
      const tag = src.version;
      if (!tag || tag.startsWith('sha256:')) return;
      if (FLOATING.has(tag.toLowerCase())) {
        context.report({ span, messageId: 'floating', data: { what, ref, tag } });
        return;
      }
      // template specs are versioned by name ('v1' is the norm): only moving names are flagged there
      if (src.kind === 'registry' && /^v?\d+(\.\d+)?$/i.test(tag)) context.report({ span, messageId: 'partial', data: { what, ref, tag } });
    };

    return {
      documentEnd() {
        if (doc.kind !== 'bicep' && doc.kind !== 'bicepparam') return;
        const { model, tree } = getBicep(doc);
        for (const m of model.modules) check(m.pathLiteral, `Module ${m.name}`, m.source); // the model classified it already
        for (const st of tree.statements) {
          if (st.kind === 'Import' && st.from?.kind === 'String') check(st.from, 'Import');
          if (st.kind === 'Using' && st.path?.kind === 'String') check(st.path, 'Template');
        }
      },
    };
  },
});
