/**
 * Shared facts for the data and app platform Bicep rules (not a rule: camelCase file):
 * Cosmos DB, Azure SQL, Data Factory, App Service, Purview.
 */
import type { BicepValue, ResourceSymbol } from '../../../languages/bicep';
import type { ResourceView } from '../support';
import { locatePath, sameEnum } from '../support';
import { addPrivateEndpointFix } from './snippets';
import { childName, childrenOfType, childrenViaModule, privateEndpointIndex } from './graph';
import { withExtraFixes } from './withFixes';
import type { Rule } from '../../../engine/rule';

export const COSMOS = 'Microsoft.DocumentDB/databaseAccounts';
export const AVM_COSMOS = 'avm/res/document-db/database-account';
export const SQL_SERVERS = 'Microsoft.Sql/servers';
export const AVM_SQL = 'avm/res/sql/server';
export const DATA_FACTORIES = 'Microsoft.DataFactory/factories';
export const AVM_DATA_FACTORY = 'avm/res/data-factory/factory';
export const WEB_SITES = 'Microsoft.Web/sites';
export const WEB_SLOTS = 'Microsoft.Web/sites/slots';
export const WEB_CONFIG = 'Microsoft.Web/sites/config';
export const WEB_SLOT_CONFIG = 'Microsoft.Web/sites/slots/config';
export const AVM_WEB_SITE = 'avm/res/web/site';
export const PURVIEW = 'Microsoft.Purview/accounts';
export const AVM_PURVIEW = 'avm/res/purview/account';

/** Names of the `capabilities` of a Cosmos DB account (`EnableCassandra`, …), lower-cased; undefined when unknown. */
export function cosmosCapabilities(a: ResourceView): string[] | undefined {
  const st = a.state('properties.capabilities');
  if (st.kind === 'absent') return [];
  const v = a.value('properties.capabilities');
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  for (const c of v as readonly BicepValue[]) {
    if (c && typeof c === 'object' && !Array.isArray(c)) {
      const n = (c as { readonly [k: string]: BicepValue }).name;
      if (typeof n === 'string') out.push(n.toLowerCase());
    }
  }
  return out;
}

/**
 * The account serves an API whose data plane supports Microsoft Entra ID (NoSQL, Table, Gremlin):
 * not `kind: 'MongoDB'` and no `EnableCassandra` / `EnableMongo` capability.
 */
export function cosmosEntraCapable(a: ResourceView): boolean {
  if (sameEnum(a.value('kind'), 'MongoDB')) return false;
  const caps = cosmosCapabilities(a);
  return !(caps ?? []).some((c) => c === 'enablecassandra' || c === 'enablemongo');
}

/** Findings on a resource without a private endpoint in the file also offer "Add a private endpoint for this resource". */
export function offerPrivateEndpoint<M extends string>(rule: Rule<M>): Rule<M> {
  return withExtraFixes(rule, (doc, r) => (privateEndpointIndex(doc).has(r) ? [] : [addPrivateEndpointFix(doc, r)]));
}

/** An AVM `managedIdentities` value that gives the resource at least one identity. */
export function avmHasIdentity(v: BicepValue): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as { readonly [k: string]: BicepValue };
  if (o.systemAssigned === true) return true;
  const ua = o.userAssignedResourceIds;
  return Array.isArray(ua) && ua.length > 0;
}

/** An identity `type` that includes a managed identity (`SystemAssigned`, `UserAssigned`, both). */
export function hasManagedIdentityType(v: BicepValue): boolean {
  return typeof v === 'string' && /systemassigned|userassigned/i.test(v);
}

/** App Service site/slot types, and the `config` child types. */
export const SITE_TYPES = [WEB_SITES, WEB_SLOTS];
export const SITE_CONFIG_TYPES = [WEB_CONFIG, WEB_SLOT_CONFIG];

/** The `config` children of a site or slot named `name` (`web`, `authsettingsV2`…): nested, `parent:` or `'app/web'`. */
export function siteConfigChildren(site: ResourceSymbol, name: string): ResourceSymbol[] {
  const type = site.typeLower === WEB_SLOTS.toLowerCase() ? WEB_SLOT_CONFIG.toLowerCase() : WEB_CONFIG.toLowerCase();
  return childrenOfType(site, type).filter((c) => !c.existing && (childName(c) ?? '').toLowerCase() === name.toLowerCase());
}

/**
 * Where a `siteConfig` setting lives for a resource: `properties.siteConfig.<key>` on sites and
 * slots, `properties.<key>` on a `config` resource named `web`; undefined for other config names.
 */
export function siteSettingPath(key: string): (r: ResourceView) => string | undefined {
  return (r) => {
    const res = r.resource;
    if (!res) return undefined;
    if (SITE_TYPES.some((t) => t.toLowerCase() === res.typeLower)) return `properties.siteConfig.${key}`;
    if (SITE_CONFIG_TYPES.some((t) => t.toLowerCase() === res.typeLower)) return (childName(res) ?? '').toLowerCase() === 'web' ? `properties.${key}` : undefined;
    return undefined;
  };
}

/** For a site/slot whose `siteConfig.<key>` is absent: is it set by a `config/web` child instead? */
export function siteSettingElsewhere(r: ResourceView, key: string): boolean {
  const res = r.resource;
  if (!res || !SITE_TYPES.some((t) => t.toLowerCase() === res.typeLower)) return false;
  if (siteConfigChildren(res, 'web').some((c) => locatePath(c.body, `properties.${key}`).property !== undefined)) return true;
  // a module that receives the site and writes its config
  return childrenViaModule(res, [res.typeLower === WEB_SLOTS.toLowerCase() ? WEB_SLOT_CONFIG.toLowerCase() : WEB_CONFIG.toLowerCase()]);
}
