/**
 * kv-key-rotation-expiry: customer-managed keys (AML, AI Services, Storage) should rotate
 * automatically and expire.
 */
import { propertyRule } from './support';
import type { ResourceView } from './support';
import type { BicepValue } from '../../languages/bicep';
import { KV_KEYS, field, partialValue } from './parts/platform';

/** The policy has a lifetime action of type `rotate`. */
function rotates(v: BicepValue, k: ResourceView): boolean {
  if (partialValue(k, 'properties.rotationPolicy')) return true;
  const actions = field(v, 'lifetimeActions');
  if (!Array.isArray(actions)) return false;
  return actions.some((a) => {
    const t = field(field(a as BicepValue, 'action'), 'type');
    return typeof t === 'string' && t.toLowerCase() === 'rotate';
  });
}

const POLICY = `{
  attributes: {
    expiryTime: 'P1Y'
  }
  lifetimeActions: [
    {
      trigger: {
        timeBeforeExpiry: 'P30D'
      }
      action: {
        type: 'rotate'
      }
    }
  ]
}`;

export default propertyRule({
  id: 'kv-key-rotation-expiry',
  description: 'Key Vault keys should have a rotation policy that rotates them before they expire.',
  category: 'encryption',
  severity: 'info',
  tags: ['PSRule:Azure.KeyVault.AutoRotationPolicy', 'CKV_AZURE_40'],
  resourceTypes: [KV_KEYS],
  path: 'properties.rotationPolicy',
  insecure: (v, k) => !rotates(v, k),
  absent: 'insecure',
  // a policy that exists is completed by hand (replacing it would drop its other actions)
  secureValue: (k) => (k.state('properties.rotationPolicy').kind === 'absent' ? POLICY : undefined),
  fixTitle: 'Add a rotation policy (rotate 30 days before a one-year expiry)',
  message: 'Key {{resource}} has a rotation policy without a rotate action, so it is never renewed; add a lifetimeAction { action: { type: \'rotate\' } } and an expiryTime.',
  absentMessage: "Key {{resource}} has no rotation policy, so it never rotates or expires; add rotationPolicy with an expiryTime and a lifetimeAction of type 'rotate'.",
});
