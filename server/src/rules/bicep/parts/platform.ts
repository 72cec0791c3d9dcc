/**
 * Shared facts for the Cognitive Services / AI Search / Storage / Key Vault / Container
 * Registry / AKS rules (not a rule: camelCase file): resource types, Azure Verified Module
 * references, and small predicates over a ResourceView.
 */
import type { BicepValue } from '../../../languages/bicep';
import { sameEnum } from '../support';
import type { AbsentVerdict, ResourceView } from '../support';

export const COG_ACCOUNTS = 'Microsoft.CognitiveServices/accounts';
export const COG_PROJECTS = 'Microsoft.CognitiveServices/accounts/projects';
export const COG_DEPLOYMENTS = 'Microsoft.CognitiveServices/accounts/deployments';
export const COG_RAI_POLICIES = 'Microsoft.CognitiveServices/accounts/raiPolicies';
export const SEARCH_SERVICES = 'Microsoft.Search/searchServices';
export const STORAGE_ACCOUNTS = 'Microsoft.Storage/storageAccounts';
export const BLOB_CONTAINERS = 'Microsoft.Storage/storageAccounts/blobServices/containers';
export const DEFENDER_FOR_STORAGE = 'Microsoft.Security/defenderForStorageSettings';
export const KEY_VAULTS = 'Microsoft.KeyVault/vaults';
export const KV_SECRETS = 'Microsoft.KeyVault/vaults/secrets';
export const KV_KEYS = 'Microsoft.KeyVault/vaults/keys';
export const KV_ACCESS_POLICIES = 'Microsoft.KeyVault/vaults/accessPolicies';
export const REGISTRIES = 'Microsoft.ContainerRegistry/registries';
export const MANAGED_CLUSTERS = 'Microsoft.ContainerService/managedClusters';
export const AKS_AGENT_POOLS = 'Microsoft.ContainerService/managedClusters/agentPools';
export const DIAGNOSTIC_SETTINGS = 'Microsoft.Insights/diagnosticSettings';

/** Azure Verified Modules (`br/public:<ref>:<version>`). */
export const AVM_COG_ACCOUNT = 'avm/res/cognitive-services/account';
export const AVM_SEARCH = 'avm/res/search/search-service';
export const AVM_STORAGE = 'avm/res/storage/storage-account';
export const AVM_KEY_VAULT = 'avm/res/key-vault/vault';
export const AVM_REGISTRY = 'avm/res/container-registry/registry';
export const AVM_AKS = 'avm/res/container-service/managed-cluster';

/** `publicNetworkAccess` values that close the public endpoint. */
const CLOSED_PUBLIC_ACCESS = ['disabled', 'securedbyperimeter'];

/**
 * The public endpoint is (possibly) open: the property is absent (the platform default is
 * open), or one of its possible values is not `Disabled` / `SecuredByPerimeter`. Unknown
 * values (a param without a value) give false: nothing is guessed.
 */
export function publicAccessOpen(view: ResourceView, path = 'properties.publicNetworkAccess'): boolean {
  const s = view.state(path);
  if (s.kind === 'absent') return true;
  if (s.kind === 'unknown') return false;
  return s.options.some((o) => o.value === null || typeof o.value !== 'string' || !CLOSED_PUBLIC_ACCESS.includes(o.value.toLowerCase()));
}

/** The property is known to hold `expected` (case-insensitive) in every possible case. */
export function knownEnum(view: ResourceView, path: string, expected: string): boolean {
  const s = view.state(path);
  return s.kind === 'values' && !s.incomplete && s.options.length > 0 && s.options.every((o) => sameEnum(o.value, expected));
}

/** The property is absent, or known and different from every `values` (case-insensitive). */
export function knownNotAnyOf(view: ResourceView, path: string, values: readonly string[]): boolean {
  const s = view.state(path);
  if (s.kind === 'absent') return true;
  if (s.kind !== 'values' || s.incomplete) return false;
  return s.options.every((o) => !values.some((v) => sameEnum(o.value, v)));
}

/** A param of an AVM module view is known to be passed with a non-empty value (unknown: false). */
export function avmPassed(view: ResourceView, param: string): boolean {
  const s = view.state(`params.${param}`);
  if (s.kind !== 'values') return false;
  return s.options.some((o) => !isEmptyValue(o.value));
}

/** `null`, `''`, `[]` or `{}` (Bicep's `empty()`). */
export function isEmptyValue(v: BicepValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.length === 0;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

/** Read a field of an object value (keys case-insensitive, like ARM). */
export function field(v: BicepValue | undefined, key: string): BicepValue | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const obj = v as { readonly [k: string]: BicepValue };
  if (key in obj) return obj[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return obj[k];
  return undefined;
}

/** The identity `type` gives the resource a managed identity. */
export function hasManagedIdentityType(v: BicepValue): boolean {
  return typeof v === 'string' && /systemassigned|userassigned/i.test(v);
}

/** Some possible value of the property is an object / array with parts the evaluator could not compute. */
export function partialValue(view: ResourceView, path: string): boolean {
  const s = view.state(path);
  return s.kind === 'values' && s.options.some((o) => o.partial === true);
}

/**
 * AVM `managedIdentities` (`{ systemAssigned?: bool, userAssignedResourceIds?: string[] }`)
 * that gives no identity. Fields the evaluator could not compute are left out of the value,
 * so only an explicit "nothing" counts (a partly unknown value never does).
 */
export function avmNoIdentity(v: BicepValue, view?: ResourceView): boolean {
  if (v === null) return true;
  if (view && partialValue(view, 'params.managedIdentities')) return false;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  if (keys.length === 0) return true;
  const sys = field(v, 'systemAssigned');
  const uai = field(v, 'userAssignedResourceIds');
  if (sys === true) return false;
  if (uai === undefined) return sys === false && keys.length === 1;
  return Array.isArray(uai) && uai.length === 0 && sys !== undefined;
}

/** Bicep source for the AVM `managedIdentities` param that adds a system-assigned identity. */
export const AVM_SYSTEM_IDENTITY = '{\n  systemAssigned: true\n}';

/** The SKU name of a resource (`sku.name`) when known. */
export function skuName(view: ResourceView): string | undefined {
  const v = view.value(view.module ? 'params.sku' : 'sku.name');
  return typeof v === 'string' ? v : undefined;
}

export const secure = (): AbsentVerdict => 'secure';
export const insecure = (): AbsentVerdict => 'insecure';

/** Largest IPv4 prefix length still considered "very broad" (a /8 is 16.7 million addresses). */
export const BROAD_PREFIX = 8;

/** An IP rule value that admits (nearly) the whole internet: `0.0.0.0/0`, `*`, `::/0`, IPv4 CIDRs of /8 or wider. */
export function isBroadRange(v: BicepValue | undefined): boolean {
  if (typeof v !== 'string') return false;
  const s = v.trim();
  if (s === '*' || /^any$/i.test(s) || /^internet$/i.test(s) || s === '::/0') return true;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(s);
  if (!m) return false;
  const prefix = Number(m[5]);
  return prefix <= BROAD_PREFIX;
}

/** A registry whose SKU is known to be Premium-capable: not Basic / Standard (AVM: `acrSku`, default Premium). */
export function premiumRegistry(view: ResourceView): boolean {
  return view.module ? knownNotAnyOf(view, 'params.acrSku', ['Basic', 'Standard']) : knownNotAnyOf(view, 'sku.name', ['Basic', 'Standard']);
}
