/**
 * sql-defender: Microsoft Defender for SQL (threat detection: SQL injection, anomalous access,
 * brute force) should be on for every Azure SQL server, with no alert type switched off.
 */
import { defineRule } from '../../engine/rule';
import { getBicep } from '../../languages/bicep';
import type { BicepValue } from '../../languages/bicep';
import { anchorSpan, isAvmModule, isResourceOfType, propertyState, relatedForOrigins, valueFix, relevantForTypes } from './support';
import type { PropertyState } from './support';
import { AVM_SQL, SQL_SERVERS } from './parts/paasCommon';
import { childrenOfType, childrenViaModule } from './parts/graph';
import { addChildResourcesFix } from './parts/snippets';

const POLICIES = ['microsoft.sql/servers/securityalertpolicies', 'microsoft.sql/servers/advancedthreatprotectionsettings'];

function stateOf(st: PropertyState): 'enabled' | 'disabled' | 'unknown' {
  if (st.kind === 'absent') return 'disabled';
  if (st.kind === 'unknown' || st.incomplete) return 'unknown';
  if (st.options.every((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'enabled')) return 'enabled';
  return st.options.some((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'disabled') ? 'disabled' : 'unknown';
}

function nonEmptyList(v: BicepValue): boolean {
  return Array.isArray(v) && (v as readonly BicepValue[]).some((x) => typeof x === 'string' && x.length > 0);
}

/** A subscription-level Defender plan for SQL servers in this file (Standard tier). */
function subscriptionPlan(doc: Parameters<typeof getBicep>[0]): boolean {
  for (const p of getBicep(doc).model.resources) {
    if (p.existing || !isResourceOfType(p, ['Microsoft.Security/pricings'])) continue;
    const name = propertyState(p, 'name');
    const tier = propertyState(p, 'properties.pricingTier');
    const isSql = name.kind === 'values' && name.options.some((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'sqlservers');
    if (isSql && stateOfTier(tier)) return true;
  }
  return false;
}

function stateOfTier(st: PropertyState): boolean {
  return st.kind === 'values' && st.options.every((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'standard');
}

export default defineRule({
  meta: {
    id: 'sql-defender',
    description: 'Azure SQL servers should have Microsoft Defender for SQL (security alert policies) enabled with no alert disabled.',
    category: 'governance',
    severity: 'warning',
    confidence: 'medium',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      missing: "SQL server {{resource}} has no security alert policy in this file, so SQL injection, anomalous access and brute-force attempts raise no alert (unless the Defender for SQL plan is on for the subscription); add a securityAlertPolicies child with state: 'Enabled'.",
      disabled: "Security alert policy {{resource}} is turned off (state is 'Disabled'); set state to 'Enabled'.",
      disabledAlerts: 'Security alert policy {{resource}} switches some alert types off (disabledAlerts); leave the list empty so that every threat type raises alerts.',
    },
    tags: ['PSRule:Azure.SQL.DefenderCloud', 'CKV_AZURE_25', 'CKV_AZURE_26', 'CKV_AZURE_27', 'ASB-LT-1'],
  },
  relevant: relevantForTypes([SQL_SERVERS, ...POLICIES], { avmModules: [AVM_SQL] }),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing) return;
        if (isResourceOfType(r, [SQL_SERVERS])) {
          if (POLICIES.some((t) => childrenOfType(r, t).length > 0) || childrenViaModule(r, POLICIES) || subscriptionPlan(doc)) return;
          const fix = addChildResourcesFix(doc, r, [{
            type: 'Microsoft.Sql/servers/securityAlertPolicies',
            symbol: `${r.name}SecurityAlerts`,
            nameText: "'Default'",
            bodyLines: ['properties: {', "  state: 'Enabled'", '  emailAccountAdmins: true', '}'],
          }], 'Add a security alert policy');
          context.report({ span: r.nameSpan, messageId: 'missing', data: { resource: r.name }, fixes: fix ? [fix] : [] });
          return;
        }
        if (!isResourceOfType(r, POLICIES)) return;
        const state = propertyState(r, 'properties.state');
        if (stateOf(state) === 'disabled' && state.kind === 'values') {
          const option = state.options.find((o) => typeof o.value === 'string' && o.value.toLowerCase() === 'disabled') ?? state.options[0];
          const span = anchorSpan(state.location, r.nameSpan);
          const fix = option ? valueFix(doc, state.location, option, { title: "Set state to 'Enabled'", valueText: "'Enabled'" }) : undefined;
          context.report({ span, messageId: 'disabled', data: { resource: r.name }, confidence: 'high', related: option ? relatedForOrigins(doc, option.origins, { exclude: [span] }) : [], fixes: fix ? [fix] : [] });
          return;
        }
        const alerts = propertyState(r, 'properties.disabledAlerts');
        if (alerts.kind !== 'values') return;
        const option = alerts.options.find((o) => nonEmptyList(o.value));
        if (!option) return;
        const span = anchorSpan(alerts.location, r.nameSpan);
        const fix = valueFix(doc, alerts.location, option, { title: 'Enable every alert type', valueText: '[]' });
        context.report({ span, messageId: 'disabledAlerts', data: { resource: r.name }, confidence: 'high', related: relatedForOrigins(doc, option.origins, { exclude: [span] }), fixes: fix ? [fix] : [] });
      },
      bicepModule(m) {
        if (!isAvmModule(m, AVM_SQL)) return;
        const st = propertyState(m, 'params.securityAlertPolicies');
        if (st.kind !== 'values') return;
        for (const o of st.options) {
          if (!Array.isArray(o.value)) continue;
          for (const item of o.value as readonly BicepValue[]) {
            if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
            const s = (item as { readonly [k: string]: BicepValue }).state;
            if (typeof s === 'string' && s.toLowerCase() === 'disabled') {
              context.report({ span: anchorSpan(st.location, m.nameSpan), messageId: 'disabled', data: { resource: `securityAlertPolicies of module ${m.name}` }, confidence: 'high' });
              return;
            }
          }
        }
      },
    };
  },
});
