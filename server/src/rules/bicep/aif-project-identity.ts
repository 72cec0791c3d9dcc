/**
 * aif-project-identity: AI Foundry projects (`accounts/projects`) should have a managed
 * identity for their connections, agents and evaluations.
 */
import { propertyRule } from './support';
import { COG_PROJECTS } from './parts/platform';

export default propertyRule({
  id: 'aif-project-identity',
  description: 'AI Foundry projects should have a managed identity.',
  category: 'identity',
  severity: 'warning',
  tags: ['ASB-IM-3'],
  resourceTypes: [COG_PROJECTS],
  path: 'identity.type',
  insecure: ['None'],
  absent: 'insecure',
  secureValue: "'SystemAssigned'",
  fixTitle: 'Add a system-assigned managed identity',
  message: "Project {{resource}} has no managed identity ({{property}} is {{value}}), so its connections and agents fall back to keys; use 'SystemAssigned' or 'UserAssigned'.",
  absentMessage: "Project {{resource}} has no managed identity, so its connections and agents fall back to keys; add identity: { type: 'SystemAssigned' }.",
});
