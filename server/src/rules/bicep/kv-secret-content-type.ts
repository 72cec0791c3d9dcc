/**
 * kv-secret-content-type: a content type tells operators and scanners what a secret is
 * (password, connection string, certificate) and how to rotate it.
 */
import { propertyRule } from './support';
import { KV_SECRETS } from './parts/platform';

export default propertyRule({
  id: 'kv-secret-content-type',
  description: 'Key Vault secrets should set a content type.',
  category: 'governance',
  severity: 'info',
  tags: ['CKV_AZURE_114'],
  resourceTypes: [KV_SECRETS],
  path: 'properties.contentType',
  insecure: (v) => v === '',
  absent: 'insecure',
  secureValue: "'text/plain'",
  message: "Secret {{resource}} has an empty contentType; describe what it holds (e.g. 'text/plain', 'application/x-pkcs12', 'connection-string').",
  absentMessage: "Secret {{resource}} does not set contentType; describe what it holds (e.g. 'text/plain', 'connection-string') so that it can be identified and rotated.",
});
