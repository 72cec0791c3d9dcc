/**
 * One analysis per document version and effective config, shared by diagnostics and code
 * actions. Holds the config resolver (invalidated when a bulwark.config.json changes).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { analyze } from '../engine/analyze';
import type { AnalysisResult, CancellationLike } from '../engine/analyze';
import { ConfigResolver, effectiveConfig } from '../engine/config';
import type { EffectiveConfig } from '../engine/config';
import type { FileHost } from '../engine/document';
import type { RuleRegistry } from '../engine/registry';
import { diskHost } from '../workspace/host';
import type { BulwarkSettings } from './settings';
import { toEditorSettings } from './settings';
import { URI } from './uri';

interface CacheEntry {
  readonly version: number;
  readonly configKey: string;
  readonly result: AnalysisResult;
  /**
   * Other files the analysis read (a .bicepparam's template, local modules), with the open
   * document's text at that time (null: not open). The entry is stale when one of them changed,
   * even though this document's version did not.
   */
  readonly deps: ReadonlyMap<string, string | null>;
}

export interface ServiceOptions {
  readonly registry: RuleRegistry;
  readonly documents: TextDocuments<TextDocument>;
  readonly workspaceRoots: () => readonly string[];
  readonly trusted: () => boolean;
  readonly log: (message: string) => void;
}

export class AnalysisService {
  private readonly cache = new Map<string, CacheEntry>();
  /** Reads open documents first, then the disk — only inside the workspace folders (when there are any). */
  readonly host = diskHost((p) => this.openText(p), () => (this.opts.workspaceRoots().length ? this.opts.workspaceRoots() : undefined));
  private resolver: ConfigResolver;
  private readonly slowBudgetMs = 200;

  constructor(private readonly opts: ServiceOptions) {
    this.resolver = new ConfigResolver(this.host, opts.registry, opts.workspaceRoots());
  }

  get registry(): RuleRegistry {
    return this.opts.registry;
  }

  private openText(absolutePath: string): string | undefined {
    return this.opts.documents.get(URI.fromPath(absolutePath))?.getText();
  }

  /** Config files changed or workspace folders changed. */
  invalidateConfig(): void {
    this.resolver = new ConfigResolver(this.host, this.opts.registry, this.opts.workspaceRoots());
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  configFor(uri: string, settings: BulwarkSettings): EffectiveConfig {
    const filePath = URI.toPath(uri);
    const configFile = URI.isFile(uri) ? this.resolver.find(filePath) : undefined;
    const roots = this.opts.workspaceRoots();
    const workspaceRoot = roots.find((r) => filePath.startsWith(r)) ?? roots[0];
    return effectiveConfig({ registry: this.opts.registry, configFile, editor: toEditorSettings(settings), workspaceRoot, trusted: this.opts.trusted() });
  }

  /** The cached analysis of this exact version, if any. */
  peek(uri: string, version: number): AnalysisResult | undefined {
    const e = this.cache.get(uri);
    return e && e.version === version ? e.result : undefined;
  }

  analyze(doc: TextDocument, settings: BulwarkSettings, token?: CancellationLike): AnalysisResult | undefined {
    const config = this.configFor(doc.uri, settings);
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version && cached.configKey === config.key + settings.enable && this.depsUnchanged(cached.deps)) return cached.result;
    const filePath = URI.toPath(doc.uri);
    if (!config.enabled || (URI.isFile(doc.uri) && config.isExcluded(filePath))) return undefined;
    const deps = new Map<string, string | null>();
    const host: FileHost = {
      readFile: (p) => {
        deps.set(p, this.openText(p) ?? null);
        return this.host.readFile(p);
      },
      listFiles: (d) => this.host.listFiles?.(d),
    };
    const t0 = performance.now();
    const result = analyze({ path: filePath, text: doc.getText(), languageId: doc.languageId, host }, { registry: this.opts.registry, config, token });
    const ms = performance.now() - t0;
    if (result.cancelled) return undefined;
    for (const e of result.ruleErrors) this.opts.log(`rule ${e.ruleId} failed on ${filePath}: ${e.message}`);
    if (ms > this.slowBudgetMs) this.opts.log(`analysis of ${filePath} took ${ms.toFixed(0)} ms (budget ${this.slowBudgetMs} ms)`);
    this.cache.set(doc.uri, { version: doc.version, configKey: config.key + settings.enable, result, deps });
    return result;
  }

  private depsUnchanged(deps: ReadonlyMap<string, string | null>): boolean {
    for (const [p, text] of deps) if ((this.openText(p) ?? null) !== text) return false;
    return true;
  }
}
