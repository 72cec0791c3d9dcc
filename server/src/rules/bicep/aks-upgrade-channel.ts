/**
 * aks-upgrade-channel: clusters should receive Kubernetes patch releases and node OS security
 * updates automatically.
 */
import { sameEnum } from './support';
import { multiPropertyRule } from './parts/multiProperty';
import { AVM_AKS, MANAGED_CLUSTERS } from './parts/platform';

const none = (v: unknown) => sameEnum(v as string, 'none');
const noNodeOsUpdates = (v: unknown) => sameEnum(v as string, 'None') || sameEnum(v as string, 'Unmanaged');

const UPGRADE_REMEDY = "Kubernetes patch releases wait for a manual upgrade (set autoUpgradeProfile.upgradeChannel to 'stable' or 'patch')";
const NODE_OS_REMEDY = "node OS security fixes wait for a manual upgrade (set autoUpgradeProfile.nodeOSUpgradeChannel to 'NodeImage' or 'SecurityPatch')";

export default multiPropertyRule({
  id: 'aks-upgrade-channel',
  description: 'AKS clusters should set an automatic upgrade channel and a node OS upgrade channel.',
  category: 'supply-chain',
  severity: 'info',
  tags: ['PSRule:Azure.AKS.AutoUpgrade', 'PSRule:Azure.AKS.NodeAutoUpgrade', 'CKV_AZURE_171'],
  resourceTypes: [MANAGED_CLUSTERS],
  checks: [
    { path: 'properties.autoUpgradeProfile.upgradeChannel', label: 'upgradeChannel', insecure: none, absent: 'insecure', valueText: "'stable'", remedy: UPGRADE_REMEDY },
    // NodeImage is the default node OS channel since API version 2023-06-01
    { path: 'properties.autoUpgradeProfile.nodeOSUpgradeChannel', label: 'nodeOSUpgradeChannel', insecure: noNodeOsUpdates, absent: (c) => (c.apiVersionBefore('2023-06-01') ? 'insecure' : 'secure'), valueText: "'NodeImage'", remedy: NODE_OS_REMEDY },
  ],
  message: 'Cluster {{resource}} does not upgrade automatically ({{problems}}), so {{remedy}}.',
  fixTitle: 'Enable automatic upgrades (stable channel, NodeImage)',
  avm: {
    module: AVM_AKS,
    checks: [
      // the module's default autoUpgradeProfile is { upgradeChannel: 'stable' }
      { path: 'params.autoUpgradeProfile.upgradeChannel', label: 'upgradeChannel', insecure: none, absent: (m) => (m.state('params.autoUpgradeProfile').kind === 'absent' ? 'secure' : 'insecure'), valueText: "'stable'", remedy: UPGRADE_REMEDY },
      { path: 'params.autoUpgradeProfile.nodeOSUpgradeChannel', label: 'nodeOSUpgradeChannel', insecure: noNodeOsUpdates, absent: 'secure', valueText: "'NodeImage'", remedy: NODE_OS_REMEDY },
    ],
  },
});
