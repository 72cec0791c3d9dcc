/**
 * Azure Verified Modules: recognise `module x 'br/public:avm/res/<provider>/<type>:<version>'`
 * (and `br:mcr.microsoft.com/bicep/avm/res/…`) and read the params passed to it.
 */
import type { BicepModel, ModuleSymbol } from '../../../languages/bicep';

export interface AvmRef {
  /** `avm/res/machine-learning-services/workspace` (lower-case). */
  readonly module: string;
  readonly version: string | undefined;
}

const refs = new WeakMap<ModuleSymbol, AvmRef | null>();

/** The AVM reference of a registry module, or undefined for anything else (remembered per module: every rule asks). */
export function avmRef(m: ModuleSymbol): AvmRef | undefined {
  let r = refs.get(m);
  if (r === undefined) refs.set(m, (r = computeAvmRef(m) ?? null));
  return r ?? undefined;
}

function computeAvmRef(m: ModuleSymbol): AvmRef | undefined {
  const src = m.source;
  if (src.kind !== 'registry') return undefined;
  let ref = src.ref.toLowerCase();
  if (src.alias !== undefined && src.alias !== 'public') return undefined;
  if (src.registry !== undefined) {
    if (src.registry.toLowerCase() !== 'mcr.microsoft.com') return undefined;
    if (!ref.startsWith('bicep/')) return undefined;
    ref = ref.slice('bicep/'.length);
  }
  if (!ref.startsWith('avm/')) return undefined;
  return { module: ref, version: src.version };
}

/** The module is the AVM module `moduleRef` (`avm/res/…`, case-insensitive). */
export function isAvmModule(m: ModuleSymbol, moduleRef: string): boolean {
  const r = avmRef(m);
  return r !== undefined && r.module === moduleRef.toLowerCase();
}

/** AVM modules of a given reference in a model. */
export function avmModulesIn(model: BicepModel, moduleRef: string): ModuleSymbol[] {
  return model.modules.filter((m) => isAvmModule(m, moduleRef));
}
