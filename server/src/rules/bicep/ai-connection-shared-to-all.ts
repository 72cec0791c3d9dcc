/**
 * ai-connection-shared-to-all: a key-based connection shared with every user of the
 * workspace / project hands its secret to all of them.
 */
import { propertyRule, valueMatches } from './support';
import { CONNECTION_TYPES, SECRET_AUTH_TYPES } from './parts/amlCommon';

export default propertyRule({
  id: 'ai-connection-shared-to-all',
  description: 'Key-based Azure ML and AI Foundry connections should not be shared with all users.',
  category: 'identity',
  severity: 'info',
  tags: ['ASB-PA-7'],
  resourceTypes: [...CONNECTION_TYPES],
  path: 'properties.isSharedToAll',
  insecure: (v, c) => v === true && valueMatches(c.value('properties.authType') ?? '', SECRET_AUTH_TYPES),
  absent: 'secure',
  secureValue: 'false',
  message: 'Connection {{resource}} shares its key-based credential with every user of the workspace or project (isSharedToAll is {{value}}); set it to false and list users in sharedUserList, or switch the connection to Microsoft Entra ID.',
});
