/**
 * policy-waiver-expiry: a policy exemption granted as a waiver (accepted risk) should expire, so
 * that the risk is reviewed again.
 */
import { insertPropertyEdit } from '../../languages/bicep';
import { locatePath, propertyRule, sameEnum } from './support';
import { snippetFix } from './parts/snippets';
import { withExtraFixes } from './parts/withFixes';

const AVM = 'avm/ptn/authorization/policy-exemption';

export default withExtraFixes(
  propertyRule({
    id: 'policy-waiver-expiry',
    description: 'Policy exemptions of category Waiver should have an expiry date (expiresOn).',
    category: 'governance',
    severity: 'info',
    tags: ['PSRule:Azure.Policy.WaiverExpiry'],
    resourceTypes: ['Microsoft.Authorization/policyExemptions'],
    when: (e) => sameEnum(e.value('properties.exemptionCategory'), 'Waiver'),
    path: 'properties.expiresOn',
    insecure: (v) => v === '',
    absent: 'insecure',
    fix: 'none',
    message: 'Policy exemption {{resource}} is a waiver with an empty expiresOn, so the accepted risk is never reviewed again; set an expiry date.',
    absentMessage: 'Policy exemption {{resource}} is a waiver without expiresOn, so the accepted risk never comes up for review again; set an expiry date.',
    avm: { module: AVM, param: 'expiresOn', insecure: (v) => v === '', absent: (m) => (sameEnum(m.value('params.exemptionCategory'), 'Waiver') ? 'insecure' : 'secure') },
  }),
  (doc, r) => {
    if (!r.body || locatePath(r.body, 'properties.expiresOn').property) return [];
    const e = insertPropertyEdit(doc.text, r.body, 'properties.expiresOn', "'${1:2026-12-31T23:59:59Z}'");
    return e ? [snippetFix(doc, 'Add an expiry date', [e])] : [];
  },
);
