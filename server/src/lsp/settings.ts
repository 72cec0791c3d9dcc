/**
 * Editor settings, pulled per resource with `workspace/configuration` (scopeUri) and cached
 * as promises until the client says they changed. No global settings state.
 * Keep `BulwarkSettings` in step with `contributes.configuration` in package.json (a meta-test checks).
 */
import type { Connection } from 'vscode-languageserver/node';
import type { EditorSettings } from '../engine/config';
import type { Level } from '../engine/types';
import { LEVELS } from '../engine/types';

export type RunMode = 'onType' | 'onSave';

/** The `bulwark.*` settings as VS Code stores them. */
export interface BulwarkSettings {
  readonly enable: boolean;
  readonly run: RunMode;
  readonly rules: Readonly<Record<string, Level>>;
  readonly exclude: readonly string[];
  readonly bicep: { readonly syntaxErrors: boolean };
}

/** Every contributed setting key, relative to `bulwark.` (checked against package.json). */
export const SETTING_KEYS = ['enable', 'run', 'rules', 'exclude', 'bicep.syntaxErrors', 'trace.server'] as const;

export const DEFAULT_SETTINGS: BulwarkSettings = { enable: true, run: 'onType', rules: {}, exclude: [], bicep: { syntaxErrors: false } };

/** Coerce whatever the client sent into valid settings; invalid parts fall back to defaults. */
export function normaliseSettings(raw: unknown): BulwarkSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, Level> = {};
  if (typeof r['rules'] === 'object' && r['rules'] !== null) {
    for (const [id, level] of Object.entries(r['rules'] as Record<string, unknown>)) {
      if (typeof level === 'string' && (LEVELS as readonly string[]).includes(level)) rules[id] = level as Level;
    }
  }
  const bicep = (typeof r['bicep'] === 'object' && r['bicep'] !== null ? r['bicep'] : {}) as Record<string, unknown>;
  return {
    enable: typeof r['enable'] === 'boolean' ? r['enable'] : DEFAULT_SETTINGS.enable,
    run: r['run'] === 'onSave' ? 'onSave' : 'onType',
    rules,
    exclude: Array.isArray(r['exclude']) ? r['exclude'].filter((x): x is string => typeof x === 'string' && x.length > 0) : [],
    bicep: { syntaxErrors: typeof bicep['syntaxErrors'] === 'boolean' ? bicep['syntaxErrors'] : DEFAULT_SETTINGS.bicep.syntaxErrors },
  };
}

export function toEditorSettings(s: BulwarkSettings): EditorSettings {
  return { enable: s.enable, rules: s.rules, exclude: s.exclude, bicepSyntaxErrors: s.bicep.syntaxErrors };
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<BulwarkSettings>>();
  private globalSettings: BulwarkSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly supportsConfiguration: () => boolean,
  ) {}

  get(uri: string): Promise<BulwarkSettings> {
    if (!this.supportsConfiguration()) return Promise.resolve(this.globalSettings);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'bulwark' })
        .then(normaliseSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, p);
    }
    return p;
  }

  /** Called on didChangeConfiguration. Clients without `workspace/configuration` push settings here. */
  changed(pushed: unknown): void {
    this.cache.clear();
    if (!this.supportsConfiguration()) {
      const section = (pushed as { bulwark?: unknown } | undefined)?.bulwark;
      this.globalSettings = normaliseSettings(section);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
