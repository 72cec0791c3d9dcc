/**
 * What the two secret rules share: turning a `StringScalar` into a scan context, pointing
 * a match at the source, writing the message parts, and building the fixes that fit the
 * file kind (GitHub `${{ secrets.X }}`, Azure DevOps `$(X)`, a Bicep `@secure()` param,
 * `az.getSecret()` in .bicepparam, a Key Vault reference in ARM parameter files).
 * Type-only engine imports; the YAML tree comes from the shared, memoised parse.
 */
import { isCollection, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import type { AnalysisDocument } from '../engine/document';
import type { StringScalar } from '../engine/hooks';
import type { FileKind, Fix, Span } from '../engine/types';
import { parseYaml, parseYamlText, getPairCI, type YamlFile } from '../languages/yaml/parse';
import { classifyKeyName, effectiveKeyName, splitKeyWords, VALUE_WRAPPER_KEYS } from './keyNames';
import { secretPrefix } from './mask';
import { cannotHoldSecret, isValueWrapperKey, scanValue } from './scan';
import type { GenericOptions, ScanContext, SecretMatch } from './types';

const YAML_KINDS: readonly FileKind[] = ['azureml', 'github-workflow', 'github-action', 'azure-pipelines', 'yaml'];

export function isYamlKind(kind: FileKind): boolean {
  return YAML_KINDS.includes(kind);
}

/** Text around a scalar (not the scalar itself): a few hundred characters each side. */
export function nearbyText(doc: AnalysisDocument, span: Span, radius = 400): string {
  const before = doc.text.slice(Math.max(0, span.start - radius), span.start);
  const after = doc.text.slice(span.end, Math.min(doc.text.length, span.end + radius));
  return `${before}\n${after}`;
}

/** The name a scalar's value is assigned to, looking through `value:` wrappers. */
export function keyForScalar(doc: AnalysisDocument, s: StringScalar): string | undefined {
  const key = s.key;
  if (key === undefined || !isValueWrapperKey(key)) return key;
  return effectiveKeyName(key, s.path, siblingName(doc, s));
}

/** The `name` next to a `value` (ADO `variables` lists, app settings arrays). */
function siblingName(doc: AnalysisDocument, s: StringScalar): string | undefined {
  try {
    if (isYamlKind(doc.kind)) return yamlSiblingName(parseYaml(doc), s.span.start);
    if (doc.kind === 'json') return yamlSiblingName(doc.cached('secrets.jsonAsYaml', () => parseYamlText(doc.text)), s.span.start);
    if (doc.kind === 'bicep') return bicepSiblingName(doc.text, s.span);
  } catch {
    return undefined;
  }
  return undefined;
}

function yamlSiblingName(file: YamlFile, start: number): string | undefined {
  return valueNameIndex(file).get(start);
}

const valueNameIndexes = new WeakMap<YamlFile, Map<number, string>>();

/** One walk per parsed file: the start offset of every `value:` scalar whose map also has a `name:`. */
function valueNameIndex(file: YamlFile): Map<number, string> {
  let index = valueNameIndexes.get(file);
  if (index) return index;
  index = new Map();
  const out = index;
  for (const d of file.documents) {
    visit(d, {
      Map(_k, map) {
        const named = getPairCI(map, 'name')?.value;
        if (!isScalar(named) || typeof named.value !== 'string') return undefined;
        for (const item of map.items) {
          const k = item.key as Node | null;
          const v = item.value as Node | null;
          if (isScalar(k) && typeof k.value === 'string' && VALUE_WRAPPER_KEYS.has(k.value.toLowerCase()) && isScalar(v) && v.range) {
            out.set(v.range[0], named.value);
          }
        }
        return undefined;
      },
    });
  }
  valueNameIndexes.set(file, index);
  return index;
}

/** In Bicep `{ name: 'X', value: '…' }`: the `name` property of the same object, found textually. */
function bicepSiblingName(text: string, span: Span): string | undefined {
  const before = text.slice(Math.max(0, span.start - 600), span.start);
  const open = before.lastIndexOf('{');
  if (open >= 0 && !before.slice(open).includes('}')) {
    const m = /(?:^|[\s,{])name\s*:\s*'([^'\n]{1,120})'/.exec(before.slice(open));
    if (m) return m[1];
  }
  const after = text.slice(span.end, span.end + 600);
  const close = after.indexOf('}');
  const segment = close >= 0 ? after.slice(0, close) : after;
  if (!segment.includes('{')) {
    const m = /(?:^|[\s,])name\s*:\s*'([^'\n]{1,120})'/.exec(segment);
    if (m) return m[1];
  }
  return undefined;
}

export function scanContextFor(doc: AnalysisDocument, s: StringScalar, extra: Partial<ScanContext> = {}): ScanContext {
  const key = keyForScalar(doc, s);
  return {
    fileKind: doc.kind,
    path: s.path,
    nearby: () => nearbyText(doc, s.span),
    ...(key !== undefined ? { key } : {}),
    ...extra,
  };
}

/**
 * Scan a scalar once per document for both secret rules: the full result (known formats and
 * generic matches, overlaps resolved) is cached on the document under the options used, so
 * with default options the second rule reuses the first rule's scan.
 */
export interface ScanOptions {
  readonly disabledDetectors?: readonly string[];
  readonly generic?: GenericOptions;
  /** `scanOptionsKey(…)` of the above, computed once per rule instance. */
  readonly key: string;
}

export function scanOptions(disabledDetectors: readonly string[], generic: GenericOptions): ScanOptions {
  return {
    ...(disabledDetectors.length ? { disabledDetectors } : {}),
    ...(Object.keys(generic).length ? { generic } : {}),
    key: JSON.stringify([disabledDetectors, generic]),
  };
}

const NO_MATCHES: readonly SecretMatch[] = Object.freeze([]);

export interface ScalarScan {
  readonly ctx: ScanContext | undefined;
  readonly matches: readonly SecretMatch[];
}

const NOTHING: ScalarScan = Object.freeze({ ctx: undefined, matches: NO_MATCHES });

/**
 * The last `cannotHoldSecret` answer, by scalar object and extra names: both secret rules
 * see each scalar one after the other, so the second asks for free.
 */
let lastScalar: StringScalar | undefined;
let lastExtra: readonly string[] | undefined;
let lastCannot = false;

function cannotHold(s: StringScalar, extra: readonly string[] | undefined): boolean {
  if (s === lastScalar && extra === lastExtra) return lastCannot;
  const cannot = cannotHoldSecret(s.value, s.key, extra);
  lastScalar = s;
  lastExtra = extra;
  lastCannot = cannot;
  return cannot;
}

type ScanCache = Map<string, Map<number, ScalarScan>>;
const newScanCache = (): ScanCache => new Map();

export function scanScalar(doc: AnalysisDocument, s: StringScalar, opts: ScanOptions): ScalarScan {
  if (cannotHold(s, opts.generic?.extraSecretNames)) return NOTHING;
  const cache = doc.cached('secrets.scan', newScanCache);
  let byOptions = cache.get(opts.key);
  if (!byOptions) {
    byOptions = new Map();
    cache.set(opts.key, byOptions);
  }
  // one scalar per start offset (a quoted YAML key and its value never share a start)
  const hit = byOptions.get(s.span.start);
  if (hit) return hit;
  const ctx = scanContextFor(doc, s, {
    ...(opts.disabledDetectors ? { disabledDetectors: opts.disabledDetectors } : {}),
    ...(opts.generic ? { generic: opts.generic } : {}),
  });
  const result = { ctx, matches: scanValue(s.value, ctx) };
  byOptions.set(s.span.start, result);
  return result;
}

/** Drop option values equal to the defaults, so that default-configured rules share one scan. */
export function normaliseGeneric(g: GenericOptions): GenericOptions {
  return {
    ...(g.minLength !== undefined && g.minLength !== 8 ? { minLength: g.minLength } : {}),
    ...(g.minEntropy !== undefined && g.minEntropy !== 3.0 ? { minEntropy: g.minEntropy } : {}),
    ...(g.extraSecretNames && g.extraSecretNames.length ? { extraSecretNames: g.extraSecretNames } : {}),
  };
}

const REGISTRY_LOGIN_ACTIONS = ['docker/login-action', 'azure/docker-login'];

/**
 * Registry passwords in workflows that `gha-hardcoded-container-credentials` already reports
 * (job / service `credentials.password`, `with.password` of a registry login action): the
 * secret rules stay silent there so that one literal gives one finding.
 */
export function coveredByContainerCredentialsRule(doc: AnalysisDocument, s: StringScalar): boolean {
  if (doc.kind !== 'github-workflow' && doc.kind !== 'github-action') return false;
  const p = s.path;
  const n = p.length;
  if (n >= 2 && p[n - 1] === 'password' && p[n - 2] === 'credentials') return p.includes('container') || p.includes('services');
  if (n >= 3 && p[n - 1] === 'password' && p[n - 2] === 'with') {
    const step = nodeAtPath(doc, p.slice(0, n - 2));
    const uses = isMap(step) ? getPairCI(step, 'uses')?.value : undefined;
    const ref = isScalar(uses) && typeof uses.value === 'string' ? uses.value.toLowerCase() : '';
    return REGISTRY_LOGIN_ACTIONS.some((a) => ref.startsWith(`${a}@`) || ref === a);
  }
  return false;
}

function nodeAtPath(doc: AnalysisDocument, path: readonly (string | number)[]): Node | null | undefined {
  for (const d of parseYaml(doc).documents) {
    let node = d.contents as Node | null | undefined;
    for (const seg of path) {
      if (typeof seg === 'number') node = isSeq(node) ? (node.items[seg] as Node | null | undefined) : undefined;
      else node = isMap(node) ? (getPairCI(node, seg)?.value as Node | null | undefined) : undefined;
      if (!node) break;
    }
    if (node) return node;
  }
  return undefined;
}

/** The source span of the secret, and whether it is exact (usable for an edit). */
export function locateMatch(doc: AnalysisDocument, s: StringScalar, m: SecretMatch): { span: Span; exact: boolean } {
  if (s.valueStart !== undefined) {
    return { span: { start: s.valueStart + m.start, end: s.valueStart + m.end }, exact: true };
  }
  const secret = s.value.slice(m.start, m.end);
  const located = doc.locateInSource(s.span, secret);
  if (located) return { span: located, exact: true };
  // a multi-line secret in an indented block scalar: from its first line to its last line
  const lines = secret.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first && last) {
    const a = doc.locateInSource(s.span, first);
    const b = a ? doc.locateInSource({ start: a.start, end: s.span.end }, last) : undefined;
    if (a && b && b.end >= a.end) return { span: { start: a.start, end: b.end }, exact: false };
    if (a) return { span: a, exact: false };
  }
  return { span: s.span, exact: false };
}

// ---------------------------------------------------------------------------------------------
// Message parts

/** "`Xk3J…`, 88 chars" */
export function maskedForMessage(secret: string): string {
  return `\`${secretPrefix(secret)}\`, ${secret.length} chars`;
}

/** Where the secret was found: the name inside the value, else the scalar's key. */
export function whereForMessage(m: SecretMatch, key: string | undefined): string {
  const clean = (x: string) => x.replace(/[`\r\n]/g, '').slice(0, 60);
  if (m.label === 'URL') return key ? `a URL in \`${clean(key)}\`` : 'a URL';
  if (m.label) return `\`${clean(m.label)}\``;
  if (key) return `\`${clean(key)}\``;
  return 'a string value';
}

const KEY_DETECTORS = new Set([
  'azure-storage-key',
  'azure-cosmos-key',
  'azure-service-bus-key',
  'azure-event-hubs-key',
  'azure-search-key',
  'azure-openai-key',
  'azure-cask-key',
  'azure-sas-token',
]);

export function rotateForMessage(m: SecretMatch): string {
  if (m.detectorId === 'private-key') return 'replace the key pair';
  if (m.detectorId === 'generic-password' || m.detectorId === 'url-credentials' || m.detectorId === 'curl-credentials' || m.detectorId === 'azure-container-registry-password') {
    return 'change the password';
  }
  if (m.detectorId === 'azure-sas-token') return 'revoke the SAS (rotate the key that signed it)';
  if (KEY_DETECTORS.has(m.detectorId)) return 'rotate the key';
  if (m.detectorId === 'azure-entra-client-secret') return 'delete the client secret in the app registration';
  if (m.detectorId === 'generic-secret') return 'rotate the value';
  return 'revoke the token';
}

export function remedyForMessage(m: SecretMatch, kind: FileKind, secretName: string): string {
  let where: string;
  switch (kind) {
    case 'github-workflow':
    case 'github-action':
      where = `store it as an encrypted secret and use \`\${{ secrets.${secretName} }}\``;
      break;
    case 'azure-pipelines':
      where = `store it as a secret variable (or a Key Vault-linked variable group) and use \`$(${secretName})\``;
      break;
    case 'bicep':
      where = 'pass it in through a `@secure()` parameter or read it from Key Vault with `getSecret()`';
      break;
    case 'bicepparam':
      where = 'read it from Key Vault with `az.getSecret()`';
      break;
    case 'azureml':
      where = 'inject it from a workspace connection (`${{azureml://connections/<name>/credentials/<key>}}`) or Key Vault';
      break;
    case 'json':
      where = 'load it from Key Vault (a Key Vault reference)';
      break;
    default:
      where = 'load it from Key Vault or another secret store at run time';
  }
  if (KEY_DETECTORS.has(m.detectorId) || m.detectorId === 'azure-container-registry-password') {
    return `${where}, or better use a managed identity instead of keys`;
  }
  if (m.detectorId === 'azure-entra-client-secret') return `${where}, or better use a federated credential (OIDC) or a managed identity`;
  return where;
}

// ---------------------------------------------------------------------------------------------
// Names for the replacement secret

const DEFAULT_SECRET_NAMES: Readonly<Record<string, string>> = {
  'azure-storage-key': 'AZURE_STORAGE_KEY',
  'azure-sas-token': 'AZURE_SAS_TOKEN',
  'azure-entra-client-secret': 'AZURE_CLIENT_SECRET',
  'azure-openai-key': 'AZURE_OPENAI_API_KEY',
  'azure-search-key': 'AZURE_SEARCH_KEY',
  'azure-cosmos-key': 'AZURE_COSMOS_KEY',
  'azure-service-bus-key': 'SERVICE_BUS_KEY',
  'azure-event-hubs-key': 'EVENT_HUBS_KEY',
  'azure-container-registry-password': 'ACR_PASSWORD',
  'azure-devops-pat': 'AZURE_DEVOPS_PAT',
  'azure-cask-key': 'AZURE_KEY',
  'github-token': 'GH_TOKEN',
  'github-fine-grained-pat': 'GH_TOKEN',
  'openai-api-key': 'OPENAI_API_KEY',
  'anthropic-api-key': 'ANTHROPIC_API_KEY',
  'huggingface-token': 'HF_TOKEN',
  'databricks-token': 'DATABRICKS_TOKEN',
  'private-key': 'PRIVATE_KEY',
  jwt: 'JWT_TOKEN',
  'url-credentials': 'URL_PASSWORD',
  'curl-credentials': 'CURL_PASSWORD',
  'authorization-header': 'AUTH_TOKEN',
  'generic-password': 'PASSWORD',
  'generic-secret': 'SECRET',
};

const GENERIC_KEY_WORDS = new Set(['value', 'default', 'defaultvalue', 'run', 'script', 'inline', 'inlinescript', 'command', 'args', 'arguments', 'with', 'env', 'environment', 'creds', 'url', 'uri']);

/** `AZURE_OPENAI_API_KEY` from the label or key (upper snake case), else a default per detector. */
export function secretNameFor(m: SecretMatch, key: string | undefined): string {
  const candidates = [m.label && !['URL', 'curl -u', 'Authorization', 'sig'].includes(m.label) ? m.label : undefined, key];
  for (const c of candidates) {
    if (!c) continue;
    const words = splitKeyWords(c.replace(/^-+/, ''));
    if (words.length === 0 || GENERIC_KEY_WORDS.has(words.join(''))) continue;
    let name = words.join('_').toUpperCase().slice(0, 60);
    if (/^[0-9]/.test(name)) name = `S_${name}`;
    if (name.startsWith('GITHUB_')) name = `GH_${name.slice(7)}`;
    return name;
  }
  return DEFAULT_SECRET_NAMES[m.detectorId] ?? 'SECRET';
}

export interface ReplacementPlan {
  /** Replace the whole value (a connection string or URL under a meaningful key), not just the secret inside it. */
  readonly whole: boolean;
  /** Upper snake case name for the secret store entry. */
  readonly secretName: string;
}

/** How the fix replaces the secret, and under which name. */
export function planReplacement(scalar: StringScalar, m: SecretMatch, key: string | undefined): ReplacementPlan {
  const coversAll = m.start === 0 && m.end === scalar.value.length;
  if (coversAll) return { whole: true, secretName: secretNameFor(m, key) };
  const keyWords = key ? splitKeyWords(key) : [];
  const meaningfulKey = keyWords.length > 0 && !GENERIC_KEY_WORDS.has(keyWords.join(''));
  const singleToken = !/\s/.test(scalar.value);
  const secretNamedLine = !/[\r\n]/.test(scalar.value) && classifyKeyName(key).secretClass !== undefined;
  if (meaningfulKey && key && scalar.value.length <= 4096 && (singleToken || secretNamedLine)) {
    return { whole: true, secretName: secretNameFor({ ...m, label: undefined } as SecretMatch, key) };
  }
  return { whole: false, secretName: secretNameFor(m, key) };
}

/** `adminPassword` from `ADMIN_PASSWORD`. */
export function camelName(upperSnake: string): string {
  const words = upperSnake.toLowerCase().split('_').filter(Boolean);
  const name = words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[A-Za-z_]/.test(name) ? name : `p${name}`;
}

// ---------------------------------------------------------------------------------------------
// Fixes

export interface FixInput {
  readonly doc: AnalysisDocument;
  readonly scalar: StringScalar;
  readonly match: SecretMatch;
  readonly located: { span: Span; exact: boolean };
  readonly plan: ReplacementPlan;
}

export function fixesFor(input: FixInput): Fix[] {
  const { doc, located } = input;
  if (!located.exact) return [];
  try {
    switch (doc.kind) {
      case 'github-workflow':
      case 'github-action':
        return yamlReplacement(input, `\${{ secrets.${input.plan.secretName} }}`);
      case 'azure-pipelines':
        // a `variables:` definition would become a self-reference: the value belongs in a secret variable instead
        if (input.scalar.path.includes('variables')) return [];
        return yamlReplacement(input, `$(${input.plan.secretName})`);
      case 'bicep':
        return bicepFix(input);
      case 'bicepparam':
        return bicepparamFix(input);
      case 'json':
        return armParameterFix(input);
      default:
        return [];
    }
  } catch {
    return [];
  }
}

/** Is the YAML scalar at `start` inside a flow collection (`{ a: b }`, `[a, b]`)? */
function inFlowCollection(doc: AnalysisDocument, start: number): boolean {
  let flow = false;
  for (const d of parseYaml(doc).documents) {
    visit(d, {
      Scalar(_k, node, path) {
        if (!node.range || node.range[0] !== start) return undefined;
        flow = path.some((p) => (isCollection(p) || isMap(p) || isSeq(p)) && (p as { flow?: boolean }).flow === true);
        return visit.BREAK;
      },
    });
  }
  return flow;
}

function yamlReplacement(input: FixInput, reference: string): Fix[] {
  const { doc, scalar, located, plan } = input;
  const quoteChar = doc.text.charAt(scalar.span.start);
  const quoted = quoteChar === '"' || quoteChar === "'";
  const block = quoteChar === '|' || quoteChar === '>';
  const title = `Replace with ${reference}`;
  if (quoteChar === "'" && reference.includes("'")) return [];
  let range: Span = located.span;
  if (plan.whole) {
    if (scalar.valueStart === undefined) return [];
    range = { start: scalar.valueStart, end: scalar.valueStart + scalar.value.length };
  }
  if (!quoted && !block && inFlowCollection(doc, scalar.span.start)) {
    if (!plan.whole) return [];
    return [{ title, safety: 'unsafe', edits: [{ start: scalar.span.start, end: scalar.span.end, newText: `'${reference}'` }] }];
  }
  return [{ title, safety: 'unsafe', edits: [{ start: range.start, end: range.end, newText: reference }] }];
}

// Bicep ---------------------------------------------------------------------------------------

const BICEP_DECL = /(?:^|\n)[ \t]*(?:param|var|resource|module|output|type|func|import)\s+([A-Za-z_]\w*)/g;

function bicepDeclaredNames(text: string): Set<string> {
  const names = new Set<string>();
  BICEP_DECL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BICEP_DECL.exec(text)) !== null) if (m[1]) names.add(m[1]);
  return names;
}

function uniqueName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; i < 1000; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
  return `${base}Secret`;
}

/** Offset just after the line break that ends the declaration starting at `from` (brackets balanced, strings and comments skipped). */
export function bicepDeclarationEnd(text: string, from: number): number {
  let depth = 0;
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charAt(i);
    if (text.startsWith("'''", i)) {
      const close = text.indexOf("'''", i + 3);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (c === "'") {
      i++;
      while (i < n && text.charAt(i) !== "'" && text.charAt(i) !== '\n') i += text.charAt(i) === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (text.startsWith('//', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      continue;
    }
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\n' && depth === 0) return i + 1;
    i++;
  }
  return n;
}

/** Where a new `param` goes: after the last param declaration, else after leading comments / targetScope / metadata / imports. */
export function bicepParamInsertionPoint(text: string): { offset: number; afterParam: boolean } {
  const re = /^[ \t]*param\s+[A-Za-z_]\w*/gm;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) last = m.index;
  if (last >= 0) return { offset: bicepDeclarationEnd(text, last), afterParam: true };
  let offset = 0;
  const lineRe = /[^\n]*(?:\n|$)/g;
  let inBlockComment = false;
  let lm: RegExpExecArray | null;
  while ((lm = lineRe.exec(text)) !== null && lm[0].length > 0) {
    const line = lm[0].trim();
    if (inBlockComment) {
      if (line.includes('*/')) inBlockComment = false;
      offset = lm.index + lm[0].length;
      continue;
    }
    if (line === '' || line.startsWith('//') || /^(targetScope|metadata|import|extension|using)\b/.test(line)) {
      offset = lm.index + lm[0].length;
      continue;
    }
    if (line.startsWith('/*')) {
      inBlockComment = !line.includes('*/');
      offset = lm.index + lm[0].length;
      continue;
    }
    break;
  }
  return { offset, afterParam: false };
}

function bicepFix(input: FixInput): Fix[] {
  const { doc, scalar, located, plan } = input;
  const text = doc.text;
  const eol = doc.eol;
  if (text.startsWith("'''", scalar.span.start)) return []; // multi-line strings cannot interpolate
  if (text.charAt(scalar.span.start) !== "'") return [];
  const wholeValue = plan.whole;

  // `param x string = '<secret>'`: drop the default and mark the param @secure()
  const lineStart = text.lastIndexOf('\n', scalar.span.start - 1) + 1;
  const head = text.slice(lineStart, scalar.span.start);
  const paramDefault = /^([ \t]*)param\s+([A-Za-z_]\w*)\s+string(\s*)=\s*$/.exec(head);
  if (paramDefault && wholeValue) {
    const indent = paramDefault[1] ?? '';
    const name = paramDefault[2] ?? '';
    const defaultStart = lineStart + head.search(/\s*=\s*$/);
    const prevLineEnd = lineStart - 1;
    const prevLineStart = text.lastIndexOf('\n', prevLineEnd - 1) + 1;
    const prevLine = prevLineEnd > 0 ? text.slice(prevLineStart, prevLineEnd).trim() : '';
    const edits = [{ start: defaultStart, end: scalar.span.end, newText: '' }];
    if (!/^@secure\(\s*\)$/.test(prevLine.replace(/\r$/, ''))) edits.unshift({ start: lineStart, end: lineStart, newText: `${indent}@secure()${eol}` });
    return [{ title: `Make '${name}' a @secure() parameter without a default`, safety: 'unsafe', edits }];
  }

  const taken = bicepDeclaredNames(text);
  const name = uniqueName(camelName(plan.secretName), taken);
  const point = bicepParamInsertionPoint(text);
  let insertText: string;
  if (point.afterParam) {
    const needsBreak = point.offset === text.length && !text.endsWith('\n');
    insertText = `${needsBreak ? eol : ''}${eol}@secure()${eol}param ${name} string${eol}`;
  } else {
    insertText = `@secure()${eol}param ${name} string${eol}${eol}`;
  }
  const replace = wholeValue
    ? { start: scalar.span.start, end: scalar.span.end, newText: name }
    : { start: located.span.start, end: located.span.end, newText: `\${${name}}` };
  return [
    {
      title: `Move the value to a @secure() parameter '${name}'`,
      safety: 'unsafe',
      edits: [{ start: point.offset, end: point.offset, newText: insertText }, replace],
    },
  ];
}

function bicepparamFix(input: FixInput): Fix[] {
  const { doc, scalar, plan } = input;
  if (!plan.whole || doc.text.charAt(scalar.span.start) !== "'" || doc.text.startsWith("'''", scalar.span.start)) return [];
  return [
    {
      title: 'Read the value from Key Vault with az.getSecret()',
      safety: 'unsafe',
      snippet: true,
      edits: [
        {
          start: scalar.span.start,
          end: scalar.span.end,
          newText: "az.getSecret('${1:subscriptionId}', '${2:resourceGroupName}', '${3:keyVaultName}', '${4:secretName}')",
        },
      ],
    },
  ];
}

/** ARM parameter files: `"x": { "value": "<secret>" }` becomes a Key Vault `reference`. */
function armParameterFix(input: FixInput): Fix[] {
  const { doc, scalar, plan } = input;
  const path = scalar.path;
  if (!plan.whole || path.length !== 3 || path[0] !== 'parameters' || path[2] !== 'value') return [];
  if (!/deploymentParameters\.json/i.test(doc.text.slice(0, 2000))) return [];
  const text = doc.text;
  const before = text.slice(Math.max(0, scalar.span.start - 200), scalar.span.start);
  const open = /\{\s*"value"\s*:\s*$/.exec(before);
  const after = /^\s*\}/.exec(text.slice(scalar.span.end, scalar.span.end + 200));
  if (!open || !after) return [];
  const start = scalar.span.start - (before.length - open.index);
  const end = scalar.span.end + after[0].length;
  return [
    {
      title: 'Use a Key Vault reference',
      safety: 'unsafe',
      snippet: true,
      edits: [
        {
          start,
          end,
          newText:
            '{ "reference": { "keyVault": { "id": "${1:/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/<vault-name>}" }, "secretName": "${2:' +
            String(path[1]).replace(/[$}\\]/g, '\\$&') +
            '}" } }',
        },
      ],
    },
  ];
}
