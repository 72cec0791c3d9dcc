/**
 * bicep-secret-param-not-secure: a param that holds a password, key or token must be
 * `@secure()`, or its value is logged in the deployment history and shown in the portal.
 */
import { defineRule } from '../../engine/rule';
import type { ParamSymbol } from '../../languages/bicep';
import { addDecoratorFix, secretFlow, clip } from './support';

/** Name fragments that mean "a secret" (compared on the lower-cased name). */
const SECRET_NAME = /password|passwd|pwd|secret|accountkey|acctkey|apikey|accesskey|sastoken|sharedkey|privatekey|clientsecret|connectionstring/;
/** A token, but not a uniqueness / continuation / creation token. */
const TOKEN_SUFFIX = /(?<!unique|creation|continuation|idempotency|resume)token$/;
/** Names that only point at a secret or configure its handling (its name, URI, type, policy…). */
const NOT_A_SECRET = /appinsights|instrumentation|secretname|secretur[il]|secretversion|secretpermission|secretsprovider|secretsexport|secretsource|secretstore|secretrotation|publickey|sshkey|tokenstore/;
const NOT_A_SECRET_SUFFIX = /(name|names|uri|uris|url|urls|id|ids|path|type|types|kind|mode|enabled|length|policy|configuration|config|settings|expiration|expirationdate|expiry|version|permissions|authentication|count|location|endpoint|reference|format|rotation|validity)$/;

function secretLikeName(name: string, extra: readonly string[], allowed: readonly string[]): boolean {
  const n = name.toLowerCase();
  if (allowed.some((a) => a.length > 0 && n.includes(a.toLowerCase()))) return false;
  if (extra.some((x) => x.length > 0 && n.includes(x.toLowerCase()))) return true;
  if (NOT_A_SECRET.test(n) || NOT_A_SECRET_SUFFIX.test(n)) return false;
  return SECRET_NAME.test(n) || TOKEN_SUFFIX.test(n);
}

/** `('Disabled' | 'Enabled')` and other unions of literals. */
function literalUnion(p: ParamSymbol): boolean {
  let t = p.type;
  while (t && (t.kind === 'TypeNullable' || t.kind === 'TypeParens')) t = t.inner;
  return !!t && t.kind === 'TypeUnion' && t.members.every((m) => m.kind === 'String' || m.kind === 'Integer' || m.kind === 'Boolean' || m.kind === 'Null');
}

export default defineRule({
  meta: {
    id: 'bicep-secret-param-not-secure',
    description: 'Params that hold passwords, keys or tokens should be marked @secure().',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      byName: 'Param {{name}} looks like it holds a secret but is not @secure(): its value is stored in the deployment history and shown in the portal. Add @secure().',
      fromSecure: 'Param {{name}} is not @secure() but its default comes from secure param {{source}}: the secret is stored in the deployment history. Add @secure().',
    },
    tags: ['CWE-532', 'bicep:secure-secrets-in-params', 'PSRule:Azure.Deployment.SecureParameter'],
    optionsSchema: {
      type: 'object',
      properties: {
        extraNames: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'More name fragments that mean a secret (case-insensitive).' },
        allowedNames: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Name fragments that never hold a secret (case-insensitive), e.g. `keyVaultSecretName`.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { extraNames: [], allowedNames: [] },
  },
  create(context) {
    const doc = context.document;
    const extra = Array.isArray(context.options['extraNames']) ? (context.options['extraNames'] as string[]) : [];
    const allowed = Array.isArray(context.options['allowedNames']) ? (context.options['allowedNames'] as string[]) : [];
    const report = (p: ParamSymbol, messageId: 'byName' | 'fromSecure', source = '') => {
      context.report({
        span: { start: p.nameSpan.start, end: p.nameSpan.end },
        messageId,
        data: { name: clip(p.name), source },
        fixes: [addDecoratorFix(doc, p, '@secure()', `Add @secure() to param ${clip(p.name)}`)],
      });
    };
    return {
      bicepParam(p) {
        if (p.secure || p.model.isParamsFile) return;
        if (p.primitive !== 'string' && p.primitive !== 'object') return;
        // an enumeration (`@allowed(['Enabled', 'Disabled'])`) is a setting, not a secret
        const enumerated = (p.allowed !== undefined && p.allowed.kind === 'Array' && p.allowed.items.length > 0) || literalUnion(p);
        if (!enumerated && secretLikeName(p.name, extra, allowed)) {
          report(p, 'byName');
          return;
        }
        if (p.defaultValue) {
          const flow = secretFlow(p.model, p.defaultValue);
          const s = flow.secureParams[0];
          if (s) report(p, 'fromSecure', s.name);
        }
      },
    };
  },
});
