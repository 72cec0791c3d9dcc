/**
 * sql-auditing: Azure SQL servers should audit database activity (who read or changed what),
 * kept for at least 90 days.
 */
import { defineRule } from '../../engine/rule';
import { getBicep } from '../../languages/bicep';
import type { BicepValue } from '../../languages/bicep';
import { anchorSpan, isAvmModule, isResourceOfType, propertyState, relatedForOrigins, valueFix, relevantForTypes } from './support';
import type { PropertyState } from './support';
import { AVM_SQL, SQL_SERVERS } from './parts/paasCommon';
import { childrenOfType, childrenViaModule } from './parts/graph';
import { addChildResourcesFix } from './parts/snippets';

const AUDITING = ['microsoft.sql/servers/auditingsettings', 'microsoft.sql/servers/extendedauditingsettings'];
const MIN_RETENTION = 90;

function enabled(st: PropertyState): 'yes' | 'no' | 'unknown' {
  if (st.kind === 'absent') return 'no';
  if (st.kind === 'unknown' || st.incomplete) return 'unknown';
  if (st.options.every((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'enabled')) return 'yes';
  return st.options.some((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'disabled') ? 'no' : 'unknown';
}

/** Retention of 1–89 days is too short (0 = keep forever). */
function shortRetention(v: BicepValue): boolean {
  return typeof v === 'number' && v > 0 && v < MIN_RETENTION;
}

export default defineRule({
  meta: {
    id: 'sql-auditing',
    description: 'Azure SQL servers should have auditing enabled with a retention of at least 90 days.',
    category: 'governance',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      missing: 'SQL server {{resource}} has no auditing settings in this file, so database reads, changes and logins are not recorded; add an auditingSettings child with state: \'Enabled\'.',
      disabled: "Auditing {{resource}} is turned off (state is {{value}}); set state to 'Enabled'.",
      retention: 'Auditing {{resource}} keeps audit logs for {{value}} days only; keep them at least 90 days (or 0 for unlimited).',
    },
    tags: ['PSRule:Azure.SQL.Auditing', 'CKV_AZURE_23', 'CKV_AZURE_24', 'TA-000028', 'ASB-LT-3'],
  },
  relevant: relevantForTypes([SQL_SERVERS, ...AUDITING], { avmModules: [AVM_SQL] }),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [SQL_SERVERS])) return;
        const children = AUDITING.flatMap((t) => childrenOfType(r, t));
        if (children.length === 0 && !childrenViaModule(r, AUDITING)) {
          const fix = addChildResourcesFix(doc, r, [{
            type: 'Microsoft.Sql/servers/auditingSettings',
            symbol: `${r.name}Auditing`,
            nameText: "'default'",
            bodyLines: ['properties: {', "  state: 'Enabled'", '  isAzureMonitorTargetEnabled: true', '}'],
          }], 'Add auditing settings');
          context.report({ span: r.nameSpan, messageId: 'missing', data: { resource: r.name }, confidence: 'medium', fixes: fix ? [fix] : [] });
        }
      },
      documentEnd() {
        // the children themselves: disabled, or a retention that is too short
        if (doc.kind !== 'bicep') return;
        for (const s of getBicep(doc).model.resources.filter((x) => !x.existing && isResourceOfType(x, AUDITING))) {
          const state = propertyState(s, 'properties.state');
          const e = enabled(state);
          if (e === 'no' && state.kind === 'values') {
            const option = state.options.find((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'disabled') ?? state.options[0];
            const span = anchorSpan(state.location, s.nameSpan);
            const fix = option ? valueFix(doc, state.location, option, { title: "Set state to 'Enabled'", valueText: "'Enabled'" }) : undefined;
            context.report({ span, messageId: 'disabled', data: { resource: s.name, value: "'Disabled'" }, related: option ? relatedForOrigins(doc, option.origins, { exclude: [span] }) : [], fixes: fix ? [fix] : [] });
            continue;
          }
          if (e !== 'yes') continue;
          const ret = propertyState(s, 'properties.retentionDays');
          if (ret.kind !== 'values') continue;
          const option = ret.options.find((o) => shortRetention(o.value));
          if (!option) continue;
          const span = anchorSpan(ret.location, s.nameSpan);
          const fix = valueFix(doc, ret.location, option, { title: 'Set retentionDays to 90', valueText: '90' });
          context.report({ span, messageId: 'retention', data: { resource: s.name, value: String(option.value) }, related: relatedForOrigins(doc, option.origins, { exclude: [span] }), fixes: fix ? [fix] : [] });
        }
      },
      bicepModule(m) {
        if (!isAvmModule(m, AVM_SQL)) return;
        const st = propertyState(m, 'params.auditSettings.state');
        if (st.kind !== 'values' || !st.options.some((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'disabled')) return;
        const option = st.options.find((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'disabled');
        const fix = option ? valueFix(doc, st.location, option, { title: "Set state to 'Enabled'", valueText: "'Enabled'" }) : undefined;
        context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'disabled', data: { resource: `auditSettings of module ${m.name}`, value: "'Disabled'" }, fixes: fix ? [fix] : [] });
      },
    };
  },
});
