/**
 * Cross-resource facts of one Bicep file (not a rule: camelCase file): which resources an
 * expression refers to, which resources have a private endpoint, diagnostic settings or
 * child resources in the same deployment graph (this file and the local modules it calls).
 * Everything is syntactic and bounded; values are evaluated only for names.
 */
import type { AnalysisDocument } from '../../../engine/document';
import { getBicep, resolveModuleParams } from '../../../languages/bicep';
import type { BicepModel, BicepValue, EvalResult, Expr, ModuleSymbol, Node, ObjectExpr, ResourceSymbol } from '../../../languages/bicep';
import { walkTree } from '../../../languages/bicep/visit';
import { avmRef, locatePath } from '../support';

const RESOURCE_ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'tenantresourceid', 'extensionresourceid', 'managementgroupresourceid']);

/** The single known string of a resource's name, when it can be told. */
function resourceName(r: ResourceSymbol): string | undefined {
  try {
    const v = r.model.evaluator.resourceProperty(r, 'name');
    return v.kind === 'known' && typeof v.value === 'string' ? v.value : undefined;
  } catch {
    return undefined;
  }
}

function stringOf(model: BicepModel, e: Expr | undefined): string | undefined {
  if (!e) return undefined;
  if (e.kind === 'String' && e.exprs.length === 0) return e.segments[0];
  try {
    const v = model.evaluator.evaluate(e);
    return v.kind === 'known' && typeof v.value === 'string' ? v.value : undefined;
  } catch {
    return undefined;
  }
}

/** Resources a `resourceId('Microsoft.X/y', name…)` call designates (same type, same name when both are known or written alike). */
function resourcesOfIdCall(model: BicepModel, call: Expr & { kind: 'Call' }): ResourceSymbol[] {
  const args = call.args;
  const typeIdx = args.findIndex((a) => a.kind === 'String' && a.exprs.length === 0 && /^[A-Za-z0-9]+\.[A-Za-z0-9.]+\/[A-Za-z0-9/]+$/.test(a.segments[0] ?? ''));
  if (typeIdx < 0) return [];
  const type = ((args[typeIdx] as Expr & { kind: 'String' }).segments[0] ?? '').toLowerCase();
  const nameArgs = args.slice(typeIdx + 1);
  const candidates = model.resources.filter((r) => r.typeLower === type);
  if (candidates.length === 0) return [];
  const last = nameArgs[nameArgs.length - 1];
  if (!last) return [];
  const wanted = stringOf(model, last);
  const wantedText = model.slice(last);
  return candidates.filter((r) => {
    const have = resourceName(r);
    if (wanted !== undefined && have !== undefined) return have.toLowerCase() === wanted.toLowerCase() || have.toLowerCase().endsWith(`/${wanted.toLowerCase()}`);
    const nameProp = r.body ? locatePath(r.body, 'name').property : undefined;
    return nameProp?.value !== undefined && model.slice(nameProp.value) === wantedText;
  });
}

/**
 * The resource symbols an expression refers to: `ws`, `ws.id`, `ws[i].id`, `sa::blob`,
 * `resourceId('Microsoft.X/y', name)` (matched by type and name), following vars.
 */
export function referencedResources(model: BicepModel, expr: Expr | undefined, depth = 0): Set<ResourceSymbol> {
  const out = new Set<ResourceSymbol>();
  if (!expr || depth > 4) return out;
  let budget = 5000;
  walkTree(expr as Node, (node) => {
    if (--budget < 0) return false;
    switch (node.kind) {
      case 'ResourceAccess': {
        const r = model.resourceRef(node);
        if (r) {
          out.add(r);
          return false;
        }
        return undefined;
      }
      case 'Var': {
        const sym = model.lookup(node.name);
        if (sym?.kind === 'resource') out.add(sym);
        else if (sym?.kind === 'var' && sym.value) for (const r of referencedResources(model, sym.value, depth + 1)) out.add(r);
        return false;
      }
      case 'Call': {
        if (!node.target && RESOURCE_ID_FUNCTIONS.has(node.name.name.toLowerCase())) for (const r of resourcesOfIdCall(model, node)) out.add(r);
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return out;
}

/** The outermost resource a (possibly nested) resource is declared in, itself when top-level. */
export function topLevelOf(r: ResourceSymbol): ResourceSymbol {
  let t = r;
  for (let i = 0; i < 20 && t.nestedIn; i++) t = t.nestedIn;
  return t;
}

/** How to refer to a resource symbol from the top level: `ws`, `sa::blob`. */
export function referenceText(r: ResourceSymbol): string {
  const chain: string[] = [];
  for (let t: ResourceSymbol | undefined = r, i = 0; t && i < 20; t = t.nestedIn, i++) chain.unshift(t.name);
  return chain.join('::');
}

// ---------------------------------------------------------------------------------------------
// what a module creates

export type ModuleVerdict = 'yes' | 'no' | 'unknown';

/** Does a model (or the local modules it calls, two levels deep) declare a resource matching `pred`? */
function modelCreates(model: BicepModel, pred: (type: string) => boolean, avmPred: (ref: string) => boolean, depth: number): ModuleVerdict {
  if (model.resources.some((r) => !r.existing && r.typeLower !== undefined && pred(r.typeLower))) return 'yes';
  let unknown = false;
  for (const m of model.modules) {
    const v = moduleCreates(m, pred, avmPred, depth + 1);
    if (v === 'yes') return 'yes';
    if (v === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'no';
}

/**
 * Whether a module deploys a resource matching `pred` (its type, lower-cased): AVM modules by
 * reference (`avmPred`; other `avm/res` modules deploy only their own resource type), local
 * modules by reading them; anything else is `unknown`.
 */
export function moduleCreates(m: ModuleSymbol, pred: (type: string) => boolean, avmPred: (ref: string) => boolean, depth = 0): ModuleVerdict {
  const ref = avmRef(m);
  if (ref) {
    if (avmPred(ref.module)) return 'yes';
    return ref.module.startsWith('avm/res/') ? 'no' : 'unknown';
  }
  if (m.source.kind !== 'local') return 'unknown';
  if (depth > 2) return 'unknown';
  let target: BicepModel | undefined;
  try {
    target = resolveModuleParams(m).target;
  } catch {
    target = undefined;
  }
  if (!target) return 'unknown';
  return modelCreates(target, pred, avmPred, depth);
}

/** Resources of this file passed (by reference) to a module's params. */
export function resourcesPassedTo(m: ModuleSymbol): Set<ResourceSymbol> {
  return m.params ? referencedResources(m.model, m.params) : m.paramsProperty?.value ? referencedResources(m.model, m.paramsProperty.value) : new Set();
}

// ---------------------------------------------------------------------------------------------
// private endpoints

export interface PrivateEndpointLink {
  /** The private endpoint resource, or the module that creates one. */
  readonly via: ResourceSymbol | ModuleSymbol;
  /** The connection object literal (`{ name, properties: { privateLinkServiceId, groupIds } }`), when written. */
  readonly connection: ObjectExpr | undefined;
}

export const PRIVATE_ENDPOINTS = 'microsoft.network/privateendpoints';
export const AVM_PRIVATE_ENDPOINT = 'avm/res/network/private-endpoint';

/** The connection objects of a `privateLinkServiceConnections` value (array literal or `for` body). */
export function connectionObjects(value: Expr | undefined): ObjectExpr[] {
  if (!value) return [];
  if (value.kind === 'Array') return value.items.filter((i): i is ObjectExpr => i.kind === 'Object');
  if (value.kind === 'For' && value.body?.kind === 'Object') return [value.body];
  return [];
}

const peCache = new WeakMap<BicepModel, Map<ResourceSymbol, PrivateEndpointLink[]>>();

/** Targets of private endpoints in this file: resource → links. Cached per document. */
export function privateEndpointIndex(doc: AnalysisDocument): Map<ResourceSymbol, PrivateEndpointLink[]> {
  if (doc.kind !== 'bicep') return new Map();
  return privateEndpointIndexOf(getBicep(doc).model);
}

/** Targets of private endpoints declared in a model (resources, AVM private-endpoint modules, local modules that create endpoints). */
export function privateEndpointIndexOf(model: BicepModel): Map<ResourceSymbol, PrivateEndpointLink[]> {
  const hit = peCache.get(model);
  if (hit) return hit;
  const out = new Map<ResourceSymbol, PrivateEndpointLink[]>();
  peCache.set(model, out);
  const add = (r: ResourceSymbol, link: PrivateEndpointLink) => {
    const list = out.get(r) ?? [];
    list.push(link);
    out.set(r, list);
  };
  const scan = (via: ResourceSymbol | ModuleSymbol, root: ObjectExpr | undefined, prefix: string) => {
    for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
      const prop = locatePath(root, `${prefix}${key}`).property;
      if (!prop?.value) continue;
      const objects = connectionObjects(prop.value);
      if (objects.length === 0) {
        for (const r of referencedResources(model, prop.value)) add(r, { via, connection: undefined });
        continue;
      }
      for (const o of objects) {
        const id = locatePath(o, 'properties.privateLinkServiceId').property?.value;
        for (const r of referencedResources(model, id)) add(r, { via, connection: o });
      }
    }
  };
  for (const pe of model.resources) {
    if (pe.existing || pe.typeLower !== PRIVATE_ENDPOINTS) continue;
    scan(pe, pe.body, 'properties.');
  }
  for (const m of model.modules) {
    const ref = avmRef(m);
    if (ref?.module === AVM_PRIVATE_ENDPOINT) {
      scan(m, m.body, 'params.');
      continue;
    }
    const passed = resourcesPassedTo(m);
    if (passed.size === 0) continue;
    const verdict = moduleCreates(m, (t) => t === PRIVATE_ENDPOINTS, (r) => r === AVM_PRIVATE_ENDPOINT);
    if (verdict === 'no') continue;
    for (const r of passed) add(r, { via: m, connection: undefined });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// diagnostic settings

export const DIAGNOSTIC_SETTINGS = 'microsoft.insights/diagnosticsettings';

/** Resources of this file that have diagnostic settings (a `scope:` reference, or a module that may create them). */
export function diagnosticIndex(doc: AnalysisDocument): Map<ResourceSymbol, (ResourceSymbol | ModuleSymbol)[]> {
  return doc.cached('bicep-graph:diag', () => {
    const out = new Map<ResourceSymbol, (ResourceSymbol | ModuleSymbol)[]>();
    if (doc.kind !== 'bicep') return out;
    const { model } = getBicep(doc);
    const add = (r: ResourceSymbol, via: ResourceSymbol | ModuleSymbol) => {
      const list = out.get(r) ?? [];
      list.push(via);
      out.set(r, list);
    };
    for (const d of model.resources) {
      if (d.existing || d.typeLower !== DIAGNOSTIC_SETTINGS) continue;
      const scope = locatePath(d.body, 'scope').property?.value;
      for (const r of referencedResources(model, scope)) add(r, d);
    }
    for (const m of model.modules) {
      const passed = resourcesPassedTo(m);
      if (passed.size === 0) continue;
      const verdict = moduleCreates(m, (t) => t === DIAGNOSTIC_SETTINGS, (r) => r === 'avm/res/insights/diagnostic-setting');
      if (verdict === 'no') continue;
      for (const r of passed) add(r, m);
    }
    return out;
  });
}

/** Does an output of the file expose a reference to the resource (its id or name)? Then a caller may wire it. */
export function exposedByOutput(r: ResourceSymbol): boolean {
  for (const o of r.model.outputs) if (o.value && referencedResources(r.model, o.value).has(r)) return true;
  return false;
}

/** Child resources of `parent` in this file of a (full, lower-cased) type: nested, `parent:` or `'parent/child'` names. */
export function childrenOfType(parent: ResourceSymbol, typeLower: string): ResourceSymbol[] {
  const out = new Set<ResourceSymbol>();
  for (const c of parent.children) if (c.typeLower === typeLower) out.add(c);
  const parentName = resourceName(parent);
  for (const r of parent.model.resources) {
    if (r.typeLower !== typeLower || out.has(r) || r.parent) continue;
    // 'server/child' names, or `${server.name}/child`
    const nameProp = r.body ? locatePath(r.body, 'name').property?.value : undefined;
    if (!nameProp) continue;
    if (nameProp.kind === 'String' && nameProp.exprs.length > 0) {
      const first = nameProp.exprs[0];
      if (first && referencedResources(r.model, first).has(parent)) {
        out.add(r);
        continue;
      }
    }
    const full = resourceName(r);
    if (parentName !== undefined && full !== undefined && full.toLowerCase().startsWith(`${parentName.toLowerCase()}/`)) out.add(r);
  }
  return [...out];
}

/** The last segment of a child resource's name (`web` for `'app/web'` or `'${app.name}/web'`). */
export function childName(r: ResourceSymbol): string | undefined {
  const full = resourceName(r);
  if (full !== undefined) return full.slice(full.lastIndexOf('/') + 1);
  const v = r.body ? locatePath(r.body, 'name').property?.value : undefined;
  if (v?.kind === 'String') {
    const lastSeg = v.segments[v.segments.length - 1] ?? '';
    const i = lastSeg.lastIndexOf('/');
    if (i >= 0) return lastSeg.slice(i + 1);
    if (v.exprs.length === 0) return lastSeg;
  }
  return undefined;
}

/** Resource types deployed by AVM resource modules (for `module.outputs.resourceId` references). */
const AVM_TYPES: Readonly<Record<string, string>> = {
  'avm/res/machine-learning-services/workspace': 'microsoft.machinelearningservices/workspaces',
  'avm/res/machine-learning-services/registry': 'microsoft.machinelearningservices/registries',
  'avm/res/cognitive-services/account': 'microsoft.cognitiveservices/accounts',
  'avm/res/search/search-service': 'microsoft.search/searchservices',
  'avm/res/storage/storage-account': 'microsoft.storage/storageaccounts',
  'avm/res/key-vault/vault': 'microsoft.keyvault/vaults',
  'avm/res/container-registry/registry': 'microsoft.containerregistry/registries',
  'avm/res/document-db/database-account': 'microsoft.documentdb/databaseaccounts',
  'avm/res/sql/server': 'microsoft.sql/servers',
  'avm/res/data-factory/factory': 'microsoft.datafactory/factories',
  'avm/res/web/site': 'microsoft.web/sites',
  'avm/res/purview/account': 'microsoft.purview/accounts',
  'avm/res/app-configuration/configuration-store': 'microsoft.appconfiguration/configurationstores',
  'avm/res/event-hub/namespace': 'microsoft.eventhub/namespaces',
  'avm/res/service-bus/namespace': 'microsoft.servicebus/namespaces',
  'avm/res/cache/redis': 'microsoft.cache/redis',
  'avm/res/db-for-postgre-sql/flexible-server': 'microsoft.dbforpostgresql/flexibleservers',
};

/**
 * The resource types an id expression designates: referenced resource symbols (existing ones
 * included), `resourceId('Microsoft.X/y', …)` calls and `avmModule.outputs.resourceId`.
 */
export function referencedTypes(model: BicepModel, expr: Expr | undefined): Set<string> {
  const out = new Set<string>();
  if (!expr) return out;
  for (const r of referencedResources(model, expr)) if (r.typeLower) out.add(r.typeLower);
  let budget = 5000;
  walkTree(expr as Node, (node) => {
    if (--budget < 0) return false;
    if (node.kind === 'Call' && !node.target && RESOURCE_ID_FUNCTIONS.has(node.name.name.toLowerCase())) {
      const t = node.args.find((a) => a.kind === 'String' && a.exprs.length === 0 && /^[A-Za-z0-9]+\.[A-Za-z0-9.]+\/[A-Za-z0-9/]+$/.test(a.segments[0] ?? ''));
      if (t && t.kind === 'String') out.add((t.segments[0] ?? '').toLowerCase());
    }
    if (node.kind === 'Member' && node.object.kind === 'Member' && node.object.name?.name === 'outputs' && node.object.object.kind === 'Var') {
      const sym = model.lookup(node.object.object.name);
      if (sym?.kind === 'module') {
        const ref = avmRef(sym);
        const t = ref ? AVM_TYPES[ref.module] : undefined;
        if (t) out.add(t);
      }
    }
    return undefined;
  });
  return out;
}

/** A field of an object value (case-insensitive key). */
export function fieldOf(v: BicepValue | undefined, key: string): BicepValue | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as { readonly [k: string]: BicepValue };
  for (const k of Object.keys(o)) if (k.toLowerCase() === key.toLowerCase()) return o[k];
  return undefined;
}

/** The value of `expr` for one loop item: `item.field` (or `item.?field`), a literal, or a loop-independent expression. */
function itemValue(r: ResourceSymbol, expr: Expr, itemName: string, item: BicepValue): BicepValue | undefined {
  if ((expr.kind === 'Member') && expr.object.kind === 'Var' && expr.object.name === itemName && expr.name) return fieldOf(item, expr.name.name);
  let uses = false;
  walkTree(expr as Node, (n) => {
    if (n.kind === 'Var' && n.name === itemName) uses = true;
    return !uses;
  });
  if (uses) return undefined;
  try {
    const v = r.model.evaluator.evaluate(expr);
    return v.kind === 'known' ? v.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Values of several body properties of a resource, kept together per loop item (the evaluator
 * gives each property's possible values separately, which loses the pairing). Without a loop
 * (or with an unknown collection) each property's single known value; undefined entries are unknown.
 */
export function pairedValues(r: ResourceSymbol, paths: readonly string[]): (BicepValue | undefined)[][] {
  const exprs = paths.map((p) => locatePath(r.body, p).property?.value);
  if (r.loop?.item && r.loop.iterable) {
    let items: EvalResult | undefined;
    try {
      items = r.model.evaluator.evaluate(r.loop.iterable);
    } catch {
      items = undefined;
    }
    if (items?.kind === 'known' && Array.isArray(items.value)) {
      const itemName = r.loop.item.name;
      return (items.value as readonly BicepValue[]).map((item) => exprs.map((e) => (e ? itemValue(r, e, itemName, item) : undefined)));
    }
  }
  const row = paths.map((p) => {
    try {
      const v = r.model.evaluator.resourceProperty(r, p);
      return v.kind === 'known' ? v.value : undefined;
    } catch {
      return undefined;
    }
  });
  return [row];
}

/**
 * A module of the parent's file receives the parent (its name or id) and may create children of
 * `typeLower` (declares them, or cannot be read): the children may exist outside this file.
 */
export function childrenViaModule(parent: ResourceSymbol, typesLower: readonly string[]): boolean {
  for (const m of parent.model.modules) {
    if (!resourcesPassedTo(m).has(parent)) continue;
    if (moduleCreates(m, (t) => typesLower.includes(t), () => false) !== 'no') return true;
  }
  return false;
}
