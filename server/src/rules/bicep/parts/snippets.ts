/**
 * Quick fixes that insert new declarations (not a rule: camelCase file): a private endpoint
 * wired to a resource, diagnostic settings sending audit logs, a user-assigned identity, child
 * resources. Inserted after the resource, in the file's indentation and line breaks. Fixes
 * with tab stops are LSP snippets (`snippet: true`, one edit; see server/src/lsp/codeActions.ts):
 * several edits are merged into one whose untouched middle is escaped for snippet syntax.
 */
import type { AnalysisDocument } from '../../../engine/document';
import type { Fix, TextEdit } from '../../../engine/types';
import { getBicep, insertPropertyEdit, replaceValueEdit } from '../../../languages/bicep';
import type { ResourceSymbol } from '../../../languages/bicep';
import { detectIndentUnit } from '../../../languages/bicep/edits';
import { insertDeclarationEdit, locatePath, uniqueSymbolName } from '../support';
import { referenceText, topLevelOf } from './graph';

// ---------------------------------------------------------------------------------------------
// snippet text

/** `${1:x}` → `x`, `$0` → '', `\$` → `$` (what a client without snippet support inserts). */
export function stripPlaceholders(text: string): string {
  let out = text;
  for (let i = 0; i < 5 && /\$\{\d+:[^{}]*\}/.test(out); i++) out = out.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return out.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\\$/g, '$');
}

/** Escape verbatim text for a snippet (outside placeholders only `$` is special). */
function escapeVerbatim(text: string): string {
  return text.replace(/\$/g, '\\$');
}

/**
 * A fix from edits whose `newText` uses snippet syntax. One edit → a snippet fix; several →
 * merged into one snippet edit covering the text between them (escaped); when that text has a
 * backslash (snippet escapes would change it) the fix is plain edits with placeholders at defaults.
 */
export function snippetFix(doc: AnalysisDocument, title: string, edits: readonly TextEdit[], safety: 'safe' | 'unsafe' = 'safe'): Fix | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if ((sorted[i] as TextEdit).start < (sorted[i - 1] as TextEdit).end) return undefined;
  if (sorted.length === 1) return { title, edits: sorted, safety, snippet: true };
  let merged = '';
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i] as TextEdit;
    merged += e.newText;
    const next = sorted[i + 1];
    if (next) {
      const middle = doc.text.slice(e.end, next.start);
      if (middle.includes('\\')) return { title, edits: sorted.map((x) => ({ ...x, newText: stripPlaceholders(x.newText) })), safety };
      merged += escapeVerbatim(middle);
    }
  }
  const first = sorted[0] as TextEdit;
  const last = sorted[sorted.length - 1] as TextEdit;
  return { title, edits: [{ start: first.start, end: last.end, newText: merged }], safety, snippet: true };
}

/** Re-indent template lines written with two-space steps to the file's unit, joined with its EOL. */
export function layoutLines(doc: AnalysisDocument, lines: readonly string[], baseIndent = ''): string {
  const unit = detectIndentUnit(doc.text);
  return lines
    .map((l) => {
      if (l.length === 0) return '';
      const m = /^( *)/.exec(l);
      const n = m ? (m[1] as string).length : 0;
      return `${baseIndent}${unit.repeat(Math.floor(n / 2))}${l.slice(n)}`;
    })
    .join(doc.eol);
}

/** Bicep string literal text, also escaped for use in a snippet. */
export function snippetString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\$/g, '\\$')}'`;
}

/** Source text escaped for a snippet (verbatim copies of expressions). */
export function snippetVerbatim(text: string): string {
  return escapeVerbatim(text);
}

/** Insert `declText` (lines, no trailing EOL) after the top-level declaration holding `r`, separated by a blank line. */
export function insertAfterResourceEdit(doc: AnalysisDocument, r: ResourceSymbol, declText: string): TextEdit {
  const top = topLevelOf(r);
  let at = top.decl.end;
  const text = doc.text;
  while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
  return { start: at, end: at, newText: `${doc.eol}${doc.eol}${declText}` };
}

/** The `= if (cond) ` prefix of a conditional resource, escaped for a snippet ('' when unconditional). */
function conditionPrefix(doc: AnalysisDocument, r: ResourceSymbol): string {
  const top = topLevelOf(r);
  const c = top.condition;
  if (!c) return '';
  return `if (${escapeVerbatim(doc.text.slice(c.start, c.end))}) `;
}

/** A resource in a loop cannot be referenced as a whole from a new declaration. */
export function inLoop(r: ResourceSymbol): boolean {
  for (let t: ResourceSymbol | undefined = r, i = 0; t && i < 20; t = t.nestedIn, i++) if (t.loop) return true;
  return false;
}

/** An existing param of that name, or the edit declaring it (with a description); `ref` is a snippet tab stop. */
export function paramRef(doc: AnalysisDocument, name: string, description: string, tabStop: number, aliases: readonly string[] = []): { ref: string; edit: TextEdit | undefined } {
  const { model } = getBicep(doc);
  for (const n of [name, ...aliases]) if (model.param(n)) return { ref: n, edit: undefined };
  const decl = [`@description('${description}')`, `param \${${tabStop}:${name}} string`].join(doc.eol);
  return { ref: `\${${tabStop}:${name}}`, edit: insertDeclarationEdit(doc, decl) };
}

/** The location expression of a resource, as source text (for a new sibling resource), else `resourceGroup().location`. */
function locationText(doc: AnalysisDocument, r: ResourceSymbol): string {
  const p = locatePath(r.body, 'location').property?.value;
  if (p && !inLoop(r)) {
    const t = doc.text.slice(p.start, p.end);
    if (!/[\r\n]/.test(t) && t.length <= 200) return escapeVerbatim(t);
  }
  return 'resourceGroup().location';
}

// ---------------------------------------------------------------------------------------------
// private endpoints

export interface PrivateLinkFacts {
  /** Valid `groupIds` (sub-resources) of the target type; the first is the default. */
  readonly groupIds: readonly string[];
  /** Private DNS zone names of the default group id, as Bicep expressions (string literals). */
  readonly zones: (r: ResourceSymbol) => readonly string[];
  /** Human name of the type. */
  readonly label: string;
}

const zone = (z: string) => () => [`'${z}'`];

/** Private Link facts by lower-cased resource type. */
export const PRIVATE_LINK: Readonly<Record<string, PrivateLinkFacts>> = {
  'microsoft.machinelearningservices/workspaces': { groupIds: ['amlworkspace'], zones: () => ["'privatelink.api.azureml.ms'", "'privatelink.notebooks.azure.net'"], label: 'Azure Machine Learning workspace' },
  'microsoft.machinelearningservices/registries': { groupIds: ['amlregistry'], zones: zone('privatelink.api.azureml.ms'), label: 'Azure Machine Learning registry' },
  'microsoft.cognitiveservices/accounts': {
    groupIds: ['account'],
    zones: (r) => {
      const kind = kindOf(r);
      if (kind === 'openai') return ["'privatelink.openai.azure.com'"];
      if (kind === 'aiservices') return ["'privatelink.cognitiveservices.azure.com'", "'privatelink.openai.azure.com'", "'privatelink.services.ai.azure.com'"];
      return ["'privatelink.cognitiveservices.azure.com'"];
    },
    label: 'Azure AI services account',
  },
  'microsoft.search/searchservices': { groupIds: ['searchService'], zones: zone('privatelink.search.windows.net'), label: 'Azure AI Search service' },
  'microsoft.storage/storageaccounts': {
    groupIds: ['blob', 'blob_secondary', 'file', 'file_secondary', 'queue', 'queue_secondary', 'table', 'table_secondary', 'web', 'web_secondary', 'dfs', 'dfs_secondary'],
    zones: () => ["'privatelink.blob.${environment().suffixes.storage}'"],
    label: 'storage account',
  },
  'microsoft.keyvault/vaults': { groupIds: ['vault'], zones: zone('privatelink.vaultcore.azure.net'), label: 'key vault' },
  'microsoft.containerregistry/registries': { groupIds: ['registry'], zones: zone('privatelink.azurecr.io'), label: 'container registry' },
  'microsoft.documentdb/databaseaccounts': {
    groupIds: ['Sql', 'SqlDedicated', 'MongoDB', 'Cassandra', 'Gremlin', 'Table', 'Analytical'],
    zones: () => ["'privatelink.documents.azure.com'"],
    label: 'Cosmos DB account',
  },
  'microsoft.sql/servers': { groupIds: ['sqlServer'], zones: () => ["'privatelink${environment().suffixes.sqlServerHostname}'"], label: 'SQL server' },
  'microsoft.datafactory/factories': { groupIds: ['dataFactory', 'portal'], zones: zone('privatelink.datafactory.azure.net'), label: 'data factory' },
  'microsoft.web/sites': { groupIds: ['sites'], zones: zone('privatelink.azurewebsites.net'), label: 'App Service app' },
  'microsoft.purview/accounts': { groupIds: ['account', 'portal', 'platform'], zones: zone('privatelink.purview.azure.com'), label: 'Purview account' },
  'microsoft.appconfiguration/configurationstores': { groupIds: ['configurationStores'], zones: zone('privatelink.azconfig.io'), label: 'App Configuration store' },
  'microsoft.eventhub/namespaces': { groupIds: ['namespace'], zones: zone('privatelink.servicebus.windows.net'), label: 'Event Hubs namespace' },
  'microsoft.servicebus/namespaces': { groupIds: ['namespace'], zones: zone('privatelink.servicebus.windows.net'), label: 'Service Bus namespace' },
  'microsoft.cache/redis': { groupIds: ['redisCache'], zones: zone('privatelink.redis.cache.windows.net'), label: 'Redis cache' },
  'microsoft.dbforpostgresql/flexibleservers': { groupIds: ['postgresqlServer'], zones: zone('privatelink.postgres.database.azure.com'), label: 'PostgreSQL flexible server' },
  'microsoft.insights/privatelinkscopes': { groupIds: ['azuremonitor'], zones: zone('privatelink.monitor.azure.com'), label: 'Azure Monitor private link scope' },
  'microsoft.signalrservice/signalr': { groupIds: ['signalr'], zones: zone('privatelink.service.signalr.net'), label: 'SignalR service' },
  'microsoft.web/staticsites': { groupIds: ['staticSites'], zones: zone('privatelink.azurestaticapps.net'), label: 'static web app' },
};

function kindOf(r: ResourceSymbol): string | undefined {
  if (!r.model) return undefined;
  try {
    const v = r.model.evaluator.resourceProperty(r, 'kind');
    return v.kind === 'known' && typeof v.value === 'string' ? v.value.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** `privatelink.api.azureml.ms` → `privatelink-api-azureml-ms` (a zone config name). */
function zoneConfigName(zoneExpr: string): string {
  const replaced = zoneExpr
    .replace(/^'|'$/g, '')
    .replace('${environment().suffixes.storage}', 'core.windows.net')
    .replace('${environment().suffixes.sqlServerHostname}', '.database.windows.net');
  const inner = withoutInterpolations(replaced)
    .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return inner || 'zone';
}

/**
 * Remove `${…}` holes. A loop, not /\$\{[^}]*\}/g: that regex rescans to the end of the text from
 * every `${` that has no `}` after it (quadratic; found by test/robustness/linearRegex.test.ts).
 */
function withoutInterpolations(s: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = s.indexOf('${', i);
    const close = open < 0 ? -1 : s.indexOf('}', open + 2);
    if (close < 0) return out + s.slice(i);
    out += s.slice(i, open);
    i = close + 1;
  }
}

/** The text of a `privateDnsZoneGroups` child (nested, two-space template lines from `depth`). */
function dnsZoneGroupLines(zones: readonly string[], nested: boolean, parentRef?: string): string[] {
  const configs: string[] = [];
  for (const z of zones) {
    configs.push(
      '      {',
      `        name: '${zoneConfigName(z)}'`,
      '        properties: {',
      `          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', ${z.replace(/\$(?!\{\d+:)/g, '\\$')})`,
      '        }',
      '      }',
    );
  }
  const head = nested
    ? ["resource dnsZoneGroup 'privateDnsZoneGroups' = {", "  name: 'default'"]
    : [`resource \${1:${parentRef ?? 'pe'}DnsZoneGroup} 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {`, `  parent: ${parentRef ?? 'pe'}`, "  name: 'default'"];
  return [...head, '  properties: {', '    privateDnsZoneConfigs: [', ...configs, '    ]', '  }', '}'];
}

/**
 * "Add a private endpoint for this resource": a `privateEndpoints` resource after `r`, wired
 * to `r.id` with the type's default group id, a nested DNS zone group with the right zones, and
 * a `privateEndpointSubnetId` param (unless one exists). Undefined for types without facts or
 * resources in loops.
 */
export function addPrivateEndpointFix(doc: AnalysisDocument, r: ResourceSymbol): Fix | undefined {
  const facts = r.typeLower ? PRIVATE_LINK[r.typeLower] : undefined;
  if (!facts || inLoop(r)) return undefined;
  const ref = referenceText(r);
  const name = uniqueSymbolName(doc, `${r.name}PrivateEndpoint`);
  const subnet = paramRef(doc, 'privateEndpointSubnetId', 'Resource id of the subnet that holds the private endpoints.', 2, ['privateEndpointSubnetResourceId', 'peSubnetId', 'subnetId', 'subnetResourceId']);
  const zones = facts.zones(r);
  const lines = [
    `resource \${1:${name}} 'Microsoft.Network/privateEndpoints@2024-05-01' = ${conditionPrefix(doc, r)}{`,
    `  name: '\\\${${ref}.name}-pe'`,
    `  location: ${locationText(doc, r)}`,
    '  properties: {',
    '    subnet: {',
    `      id: ${subnet.ref}`,
    '    }',
    '    privateLinkServiceConnections: [',
    '      {',
    `        name: '\\\${${ref}.name}-pe'`,
    '        properties: {',
    `          privateLinkServiceId: ${ref}.id`,
    '          groupIds: [',
    `            '\${3:${facts.groupIds[0]}}'`,
    '          ]',
    '        }',
    '      }',
    '    ]',
    '  }',
    '',
    ...dnsZoneGroupLines(zones, true).map((l) => `  ${l}`),
    '}',
  ];
  const edits: TextEdit[] = [insertAfterResourceEdit(doc, r, layoutLines(doc, lines))];
  if (subnet.edit) edits.push(subnet.edit);
  return snippetFix(doc, 'Add a private endpoint for this resource', edits);
}

/** "Add a private DNS zone group": a nested child inside a private endpoint's body (or a sibling with `parent:` when the body cannot take it). */
export function addDnsZoneGroupFix(doc: AnalysisDocument, pe: ResourceSymbol, zones: readonly string[]): Fix | undefined {
  const body = pe.body;
  if (body?.close === undefined) return undefined;
  const text = doc.text;
  const lastItem = body.items[body.items.length - 1];
  const top = topLevelOf(pe);
  if (top === pe && !pe.loop) {
    // nested, before the closing brace
    let indent = '';
    for (let i = text.lastIndexOf('\n', body.close - 1) + 1; i < body.close && (text[i] === ' ' || text[i] === '\t'); i++) indent += text[i];
    const unit = detectIndentUnit(text);
    let at = lastItem ? lastItem.end : body.open + 1;
    while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
    if (at > body.close) return undefined; // single-line body
    const block = layoutLines(doc, dnsZoneGroupLines(zones, true), indent + unit);
    return snippetFix(doc, 'Add a private DNS zone group', [{ start: at, end: at, newText: `${doc.eol}${doc.eol}${block}` }]);
  }
  if (pe.loop) return undefined;
  const block = layoutLines(doc, dnsZoneGroupLines(zones, false, referenceText(pe)));
  return snippetFix(doc, 'Add a private DNS zone group', [insertAfterResourceEdit(doc, pe, block)]);
}

// ---------------------------------------------------------------------------------------------
// diagnostic settings

/**
 * "Add diagnostic settings sending audit logs": a `diagnosticSettings` resource scoped to `r`
 * with `categoryGroup: 'allLogs'` (includes the audit group) to a Log Analytics workspace — a
 * workspace declared in the file, else a `logAnalyticsWorkspaceId` param (declared unless it exists).
 */
export function addDiagnosticSettingsFix(doc: AnalysisDocument, r: ResourceSymbol): Fix | undefined {
  if (inLoop(r)) return undefined;
  const { model } = getBicep(doc);
  const law = model.resources.find((x) => x.typeLower === 'microsoft.operationalinsights/workspaces' && !x.loop && !x.nestedIn);
  const workspace = law
    ? { ref: `\${2:${law.name}.id}`, edit: undefined }
    : paramRef(doc, 'logAnalyticsWorkspaceId', 'Resource id of the Log Analytics workspace that receives diagnostic logs.', 2, ['logAnalyticsWorkspaceResourceId', 'workspaceId', 'lawId', 'logAnalyticsId']);
  const name = uniqueSymbolName(doc, `${r.name}Diagnostics`);
  const lines = [
    `resource \${1:${name}} 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = ${conditionPrefix(doc, r)}{`,
    "  name: 'send-to-log-analytics'",
    `  scope: ${referenceText(r)}`,
    '  properties: {',
    `    workspaceId: ${workspace.ref}`,
    '    logs: [',
    '      {',
    "        categoryGroup: '${3:allLogs}'",
    '        enabled: true',
    '      }',
    '    ]',
    '  }',
    '}',
  ];
  const edits: TextEdit[] = [insertAfterResourceEdit(doc, r, layoutLines(doc, lines))];
  if (workspace.edit) edits.push(workspace.edit);
  return snippetFix(doc, 'Add diagnostic settings sending audit logs', edits);
}

// ---------------------------------------------------------------------------------------------
// identities

/**
 * "Add a user-assigned identity": a `userAssignedIdentities` resource after `r` and an
 * `identity` block on `r` referring to it (replacing `identity: { type: 'None' }` when present).
 */
export function addUserAssignedIdentityFix(doc: AnalysisDocument, r: ResourceSymbol): Fix | undefined {
  if (!r.body || inLoop(r) || r.nestedIn) return undefined;
  const name = uniqueSymbolName(doc, `${r.name}Identity`);
  const identityValue = ['{', "  type: 'UserAssigned'", '  userAssignedIdentities: {', `    '\\\${${name}.id}': {}`, '  }', '}'];
  const existing = locatePath(r.body, 'identity').property;
  let identityEdit: TextEdit | undefined;
  if (existing) {
    // re-indent to the property's line
    let indent = '';
    const text = doc.text;
    for (let i = text.lastIndexOf('\n', existing.start - 1) + 1; i < existing.start && (text[i] === ' ' || text[i] === '\t'); i++) indent += text[i];
    identityEdit = replaceValueEdit(text, existing, layoutLines(doc, identityValue, indent).slice(indent.length));
  } else {
    // insertPropertyEdit re-indents the lines after the first one to the property's indentation
    identityEdit = insertPropertyEdit(doc.text, r.body, 'identity', layoutLines(doc, identityValue).split(doc.eol).join('\n'));
  }
  if (!identityEdit) return undefined;
  const lines = [
    `resource ${name} 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = ${conditionPrefix(doc, r)}{`,
    `  name: '\${1:${r.name}-identity}'`,
    `  location: ${locationText(doc, r)}`,
    '}',
  ];
  return snippetFix(doc, 'Add a user-assigned identity', [identityEdit, insertAfterResourceEdit(doc, r, layoutLines(doc, lines))]);
}

// ---------------------------------------------------------------------------------------------
// child resources

export interface ChildSpec {
  /** Full child type, e.g. `Microsoft.Sql/servers/auditingSettings`. */
  readonly type: string;
  /** API version (default: the parent's). */
  readonly apiVersion?: string;
  /** Symbolic name base (made unique), e.g. `${parent}Auditing`. */
  readonly symbol: string;
  /** Bicep source of the name, e.g. `'default'`. */
  readonly nameText: string;
  /** Body lines after `parent:` and `name:` (two-space template indentation from the body), snippet syntax allowed. */
  readonly bodyLines: readonly string[];
}

/** Lines of top-level child resources declared with `parent:` (snippet-escaped where needed). */
export function childResourceLines(doc: AnalysisDocument, parent: ResourceSymbol, children: readonly ChildSpec[]): string[] {
  const out: string[] = [];
  const taken = new Set<string>();
  for (const c of children) {
    let name = uniqueSymbolName(doc, c.symbol);
    for (let i = 2; taken.has(name); i++) name = uniqueSymbolName(doc, `${c.symbol}${i}`);
    taken.add(name);
    const api = c.apiVersion ?? parent.apiVersion ?? '2023-08-01';
    if (out.length) out.push('');
    out.push(`resource ${name} '${c.type}@${api}' = ${conditionPrefix(doc, parent)}{`, `  parent: ${referenceText(parent)}`, `  name: ${c.nameText}`, ...c.bodyLines.map((l) => `  ${l}`), '}');
  }
  return out;
}

/** Insert child resources (with `parent:`) after the parent's declaration; a snippet when a line has a tab stop. */
export function addChildResourcesFix(doc: AnalysisDocument, parent: ResourceSymbol, children: readonly ChildSpec[], title: string): Fix | undefined {
  if (inLoop(parent)) return undefined;
  const lines = childResourceLines(doc, parent, children);
  const edit = insertAfterResourceEdit(doc, parent, layoutLines(doc, lines));
  if (/\$\{\d+[:}]/.test(edit.newText)) return snippetFix(doc, title, [edit]);
  return { title, edits: [{ ...edit, newText: edit.newText.replace(/\\\$/g, '$') }], safety: 'safe' };
}

/** Zones per sub-resource where they differ from the type's default (Bicep string literal text). */
const GROUP_ZONES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'microsoft.storage/storageaccounts': Object.fromEntries(
    ['blob', 'file', 'queue', 'table', 'web', 'dfs'].flatMap((g) => [
      [g, [`'privatelink.${g}.\${environment().suffixes.storage}'`]],
      [`${g}_secondary`, [`'privatelink.${g}.\${environment().suffixes.storage}'`]],
    ]),
  ),
  'microsoft.documentdb/databaseaccounts': {
    sql: ["'privatelink.documents.azure.com'"],
    sqldedicated: ["'privatelink.sqlx.cosmos.azure.com'"],
    mongodb: ["'privatelink.mongo.cosmos.azure.com'"],
    cassandra: ["'privatelink.cassandra.cosmos.azure.com'"],
    gremlin: ["'privatelink.gremlin.cosmos.azure.com'"],
    table: ["'privatelink.table.cosmos.azure.com'"],
    analytical: ["'privatelink.analytics.cosmos.azure.com'"],
  },
  'microsoft.datafactory/factories': { datafactory: ["'privatelink.datafactory.azure.net'"], portal: ["'privatelink.adf.azure.com'"] },
  'microsoft.purview/accounts': { account: ["'privatelink.purview.azure.com'"], portal: ["'privatelink.purviewstudio.azure.com'"] },
};

/**
 * Private DNS zones (Bicep string literal text) for a private endpoint to a resource type and group
 * id; `target` refines by kind (AI services). Undefined when the type is unknown.
 */
export function zonesFor(typeLower: string, groupId: string | undefined, target?: ResourceSymbol): readonly string[] | undefined {
  const facts = PRIVATE_LINK[typeLower];
  if (!facts) return undefined;
  const byGroup = groupId ? GROUP_ZONES[typeLower]?.[groupId.toLowerCase()] : undefined;
  if (byGroup) return byGroup;
  if (target) return facts.zones(target);
  // no symbol: the default zones without a kind
  return facts.zones({ typeLower, model: undefined } as unknown as ResourceSymbol);
}
