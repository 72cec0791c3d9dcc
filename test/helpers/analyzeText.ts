/**
 * Test helpers: analyse in-memory text with a chosen rule set and an in-memory file system.
 */
import * as path from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import type { AnalysisResult } from '../../server/src/engine/analyze';
import { effectiveConfig, loadConfigText } from '../../server/src/engine/config';
import type { EditorSettings } from '../../server/src/engine/config';
import type { FileHost } from '../../server/src/engine/document';
import { RuleRegistry } from '../../server/src/engine/registry';
import type { Rule } from '../../server/src/engine/rule';
import { allRules } from '../../server/src/rules';

export const VIRTUAL_ROOT = path.resolve('/virtual-workspace');

export function memoryHost(files: Readonly<Record<string, string>>): FileHost {
  const abs = new Map(Object.entries(files).map(([p, t]) => [path.resolve(VIRTUAL_ROOT, p), t]));
  return {
    readFile: (p) => abs.get(path.resolve(p)),
    listFiles: (dir) => [...abs.keys()].filter((p) => path.dirname(p) === path.resolve(dir)).map((p) => path.basename(p)),
  };
}

export interface AnalyzeTextOptions {
  readonly path?: string;
  readonly rules?: readonly Rule[];
  readonly files?: Readonly<Record<string, string>>;
  /** bulwark.config.json contents (as an object). */
  readonly config?: unknown;
  readonly editor?: EditorSettings;
  readonly languageId?: string;
}

export function registryFor(rules: readonly Rule[] | undefined): RuleRegistry {
  if (!rules) return new RuleRegistry(allRules);
  const core = allRules.filter((r) => ['syntax-error', 'analysis-skipped', 'invalid-config'].includes(r.meta.id));
  const ids = new Set(rules.map((r) => r.meta.id));
  return new RuleRegistry([...rules, ...core.filter((r) => !ids.has(r.meta.id))]);
}

export function analyzeText(text: string, opts: AnalyzeTextOptions = {}): AnalysisResult {
  const registry = registryFor(opts.rules);
  const filePath = path.resolve(VIRTUAL_ROOT, opts.path ?? 'file.yml');
  const configFile = opts.config === undefined ? undefined : loadConfigText(path.join(VIRTUAL_ROOT, 'bulwark.config.json'), JSON.stringify(opts.config), registry);
  const config = effectiveConfig({ registry, configFile, editor: opts.editor, workspaceRoot: VIRTUAL_ROOT });
  return analyze({ path: filePath, text, host: memoryHost({ ...(opts.files ?? {}) }), languageId: opts.languageId }, { registry, config });
}
