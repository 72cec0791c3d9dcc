/**
 * The rule registry: built from the explicit list in `server/src/rules/index.ts` and
 * injected into the engine (the engine never imports the rules folder itself).
 */
import type { Rule } from './rule';
import type { FileKind } from './types';

export class RuleRegistry {
  private readonly byIdMap = new Map<string, Rule>();
  private readonly byKind = new Map<FileKind, Rule[]>();

  constructor(readonly rules: readonly Rule[]) {
    for (const rule of rules) {
      if (this.byIdMap.has(rule.meta.id)) throw new Error(`duplicate rule id ${rule.meta.id}`);
      this.byIdMap.set(rule.meta.id, rule);
      for (const kind of rule.meta.appliesTo) {
        let list = this.byKind.get(kind);
        if (!list) this.byKind.set(kind, (list = []));
        list.push(rule);
      }
    }
  }

  get(id: string): Rule | undefined {
    return this.byIdMap.get(id);
  }

  has(id: string): boolean {
    return this.byIdMap.has(id);
  }

  forKind(kind: FileKind): readonly Rule[] {
    return this.byKind.get(kind) ?? [];
  }

  get ids(): string[] {
    return [...this.byIdMap.keys()];
  }
}
