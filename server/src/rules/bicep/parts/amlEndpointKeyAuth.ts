/**
 * The Bicep side of `aml-endpoint-key-auth` (the id is owned by the Azure ML YAML rule in
 * rules/azureml/): online and batch endpoints declared in Bicep should not use key auth.
 * Merge it into the YAML rule with `mergeRules(yamlRule, amlEndpointKeyAuthBicep)` from
 * ../support. Not registered on its own (a camelCase file is not a rule file).
 */
import { propertyRule } from '../support';

export default propertyRule({
  id: 'aml-endpoint-key-auth',
  description: 'Azure ML endpoints should authenticate requests with Microsoft Entra ID tokens, not static keys.',
  category: 'identity',
  severity: 'error',
  tags: ['ASB-IM-1', 'CWE-798'],
  resourceTypes: ['Microsoft.MachineLearningServices/workspaces/onlineEndpoints', 'Microsoft.MachineLearningServices/workspaces/batchEndpoints'],
  path: 'properties.authMode',
  insecure: ['Key'],
  // authMode is required by the resource provider: a template without it does not deploy
  absent: 'secure',
  secureValue: "'AADToken'",
  message: "Endpoint {{resource}} authenticates requests with static keys (authMode is {{value}}), which never expire and are not tied to an identity; use authMode: 'AADToken'.",
});
