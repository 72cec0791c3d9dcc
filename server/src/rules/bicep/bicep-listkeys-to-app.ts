/**
 * bicep-listkeys-to-app: keys fetched with list*() (or connection strings with an embedded
 * key) written into app settings or container environment variables are readable by anyone
 * who can read the app's configuration, and never rotate.
 */
import { defineRule } from '../../engine/rule';
import type { Span } from '../../engine/types';
import type { Expr, ObjectExpr, ResourceSymbol } from '../../languages/bicep';
import { knownValue, locatePath, propertyState, secretFlow, clip } from './support';

/** `AccountKey=`, `SharedAccessKey=`, `SharedAccessSignature=`, `sig=` in a connection string. */
const EMBEDDED_KEY = /(?:AccountKey|SharedAccessKey|SharedAccessSignature)=[^;'\s]|[?&]sig=[A-Za-z0-9%]/i;

interface Candidate {
  readonly label: string;
  readonly value: Expr;
}

function arrayItemsValues(e: Expr | undefined, valueKeys: readonly string[], nameKey: string, out: Candidate[], whole: string): void {
  if (!e) return;
  if (e.kind !== 'Array') {
    out.push({ label: whole, value: e });
    return;
  }
  for (const it of e.items) {
    if (it.kind === 'Spread') {
      if (it.expr) out.push({ label: whole, value: it.expr });
      continue;
    }
    if (it.kind !== 'Object') {
      out.push({ label: whole, value: it });
      continue;
    }
    const nameProp = locatePath(it, nameKey).property?.value;
    const name = nameProp && nameProp.kind === 'String' && nameProp.exprs.length === 0 ? nameProp.segments[0] : undefined;
    for (const k of valueKeys) {
      const v = locatePath(it, k).property?.value;
      if (v) out.push({ label: name !== undefined ? `${whole} '${clip(name)}'` : whole, value: v });
    }
  }
}

function objectValues(e: Expr | undefined, out: Candidate[], whole: string): void {
  if (!e) return;
  if (e.kind !== 'Object') {
    out.push({ label: whole, value: e });
    return;
  }
  for (const p of (e as ObjectExpr).properties) {
    if (!p.value) continue;
    const v = p.value;
    // connectionstrings config: { name: { value: '…', type: '…' } }
    if (v.kind === 'Object') {
      const inner = locatePath(v, 'value').property?.value;
      if (inner) out.push({ label: `${whole} '${p.name ?? '?'}'`, value: inner });
      continue;
    }
    out.push({ label: `${whole} '${p.name ?? '?'}'`, value: v });
  }
}

function configName(r: ResourceSymbol): string | undefined {
  const n = knownValue(propertyState(r, 'name'));
  if (typeof n !== 'string') return undefined;
  return n.slice(n.lastIndexOf('/') + 1).toLowerCase();
}

function candidates(r: ResourceSymbol): Candidate[] {
  const out: Candidate[] = [];
  const t = r.typeLower ?? '';
  if (t === 'microsoft.web/sites' || t === 'microsoft.web/sites/slots') {
    arrayItemsValues(locatePath(r.body, 'properties.siteConfig.appSettings').property?.value, ['value'], 'name', out, 'app setting');
    arrayItemsValues(locatePath(r.body, 'properties.siteConfig.connectionStrings').property?.value, ['connectionString'], 'name', out, 'connection string');
  } else if (t === 'microsoft.web/sites/config' || t === 'microsoft.web/sites/slots/config') {
    const name = configName(r);
    if (name === 'appsettings') objectValues(locatePath(r.body, 'properties').property?.value, out, 'app setting');
    else if (name === 'connectionstrings') objectValues(locatePath(r.body, 'properties').property?.value, out, 'connection string');
    else if (name === 'web') arrayItemsValues(locatePath(r.body, 'properties.appSettings').property?.value, ['value'], 'name', out, 'app setting');
  } else if (t === 'microsoft.app/containerapps' || t === 'microsoft.app/jobs') {
    const containers = locatePath(r.body, 'properties.template.containers').property?.value;
    if (containers?.kind === 'Array') {
      for (const c of containers.items) if (c.kind === 'Object') arrayItemsValues(locatePath(c, 'env').property?.value, ['value'], 'name', out, 'environment variable');
    }
  } else if (t === 'microsoft.containerinstance/containergroups') {
    const containers = locatePath(r.body, 'properties.containers').property?.value;
    if (containers?.kind === 'Array') {
      for (const c of containers.items) if (c.kind === 'Object') arrayItemsValues(locatePath(c, 'properties.environmentVariables').property?.value, ['value'], 'name', out, 'environment variable');
    }
  } else if (t === 'microsoft.machinelearningservices/workspaces/onlineendpoints/deployments') {
    objectValues(locatePath(r.body, 'properties.environmentVariables').property?.value, out, 'environment variable');
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'bicep-listkeys-to-app',
    description: 'App settings and container environment variables should not receive keys from list*() or connection strings with embedded keys.',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: false,
    messages: {
      listCall: '{{label}} of {{resource}} receives the result of {{call}}(): the key is readable by anyone who can read the configuration and is never rotated. Use the app identity with a data-plane role (endpoint-only setting), or a Key Vault reference @Microsoft.KeyVault(SecretUri=…).',
      embedded: '{{label}} of {{resource}} is a connection string with an embedded key. Use the app identity with a data-plane role (endpoint-only setting), or a Key Vault reference @Microsoft.KeyVault(SecretUri=…).',
    },
    tags: ['CWE-522', 'ASB-IM-8'],
  },
  create(context) {
    return {
      bicepResource(r) {
        if (r.existing || !r.body) return;
        for (const c of candidates(r)) {
          const flow = secretFlow(r.model, c.value);
          const call = flow.listCalls[0];
          if (call) {
            const inside = call.start >= c.value.start && call.end <= c.value.end;
            const span: Span = inside ? { start: call.start, end: call.end } : { start: c.value.start, end: c.value.end };
            context.report({
              span,
              messageId: 'listCall',
              data: { label: c.label[0]?.toUpperCase() + c.label.slice(1), resource: clip(r.name), call: clip(call.name.name) },
              related: inside ? [] : [{ message: `${clip(call.name.name)}() is called here`, span: { start: call.start, end: call.end } }],
            });
            continue;
          }
          const lit = flow.literals.find((l) => l.kind === 'String' && l.segments.some((s) => EMBEDDED_KEY.test(s)));
          if (lit) {
            const inside = lit.start >= c.value.start && lit.end <= c.value.end;
            context.report({
              span: inside ? { start: lit.start, end: lit.end } : { start: c.value.start, end: c.value.end },
              messageId: 'embedded',
              data: { label: c.label[0]?.toUpperCase() + c.label.slice(1), resource: clip(r.name) },
              related: inside ? [] : [{ message: 'The connection string is written here', span: { start: lit.start, end: lit.end } }],
            });
          }
        }
      },
    };
  },
});
