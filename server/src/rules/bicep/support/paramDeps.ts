/**
 * Which params of a Bicep file a resource or module declaration can depend on: the params
 * it names, through vars, param defaults, other resources and modules it references and
 * user-defined functions, transitively. A static over-approximation, cached per model.
 *
 * Used to skip work that cannot find anything: a caller's module `params` can only change a
 * callee resource whose declaration depends on one of the params the caller passes; any
 * other resource evaluates exactly as with the callee's own defaults.
 */
import type { Expr, Node } from '../../../languages/bicep';
import type { BicepModel, ModuleSymbol, ResourceSymbol } from '../../../languages/bicep';
import { splitPath, staticProperty, walkTree } from '../../../languages/bicep';

/** Param names, or `'all'` when the analysis cannot tell (too large, a cycle, unusual input). */
export type ParamDeps = ReadonlySet<string> | 'all';

const NONE: ReadonlySet<string> = new Set();
const MAX_NODES = 20_000;
const MAX_DEPTH = 64;

interface ModelDeps {
  readonly byName: Map<string, ParamDeps>;
  readonly bySymbol: WeakMap<ResourceSymbol | ModuleSymbol, ParamDeps>;
  readonly byPath: WeakMap<ResourceSymbol | ModuleSymbol, Map<string, ParamDeps>>;
}

const perModel = new WeakMap<BicepModel, ModelDeps>();

function depsOf(model: BicepModel): ModelDeps {
  let d = perModel.get(model);
  if (!d) perModel.set(model, (d = { byName: new Map(), bySymbol: new WeakMap(), byPath: new WeakMap() }));
  return d;
}

/** The params a resource or module declaration (body, loop, condition, enclosing parents) may depend on. */
function paramDepsOfSymbol(sym: ResourceSymbol | ModuleSymbol): ParamDeps {
  const d = depsOf(sym.model);
  const hit = d.bySymbol.get(sym);
  if (hit) return hit;
  const deps = new Analysis(sym.model).symbol(sym);
  d.bySymbol.set(sym, deps);
  return deps;
}

/**
 * The params one body property (`properties.publicNetworkAccess`) of a declaration may depend
 * on, read the way the evaluator reads it: down through object literals to the value (an
 * absent property depends on nothing), then that value and the declaration's loop.
 */
export function paramDepsOfPath(sym: ResourceSymbol | ModuleSymbol, path: string): ParamDeps {
  const d = depsOf(sym.model);
  let byPath = d.byPath.get(sym);
  if (!byPath) d.byPath.set(sym, (byPath = new Map()));
  const hit = byPath.get(path);
  if (hit) return hit;
  const deps = new Analysis(sym.model).path(sym, path);
  byPath.set(path, deps);
  return deps;
}

/** True when `deps` may include one of `passed` (`'all'` on either side: yes). */
export function dependsOnAny(deps: ParamDeps, passed: ReadonlySet<string> | 'all'): boolean {
  if (deps === 'all' || passed === 'all') return true;
  for (const p of deps) if (passed.has(p)) return true;
  return false;
}

class Analysis {
  private readonly visiting = new Set<string>();
  private depth = 0;

  constructor(private readonly model: BicepModel) {}

  symbol(sym: ResourceSymbol | ModuleSymbol): ParamDeps {
    const own = this.expr(sym.decl);
    if (own === 'all') return 'all';
    if (sym.kind === 'resource' && sym.nestedIn) {
      const parent = paramDepsOfSymbol(sym.nestedIn);
      if (parent === 'all') return 'all';
      return union(own, parent);
    }
    return own;
  }

  path(sym: ResourceSymbol | ModuleSymbol, path: string): ParamDeps {
    if (!sym.body) return NONE;
    let node: Expr = sym.body;
    for (const seg of splitPath(path)) {
      if (node.kind !== 'Object') break;
      const found = staticProperty(node, seg); // as the evaluator reads it
      if (found === 'dynamic') break;
      if (!found) return NONE; // absent: nothing flows in
      if (!found.value) return NONE;
      node = found.value;
    }
    const value = this.expr(node);
    if (value === 'all') return 'all';
    const loops = this.loops(sym);
    return loops === 'all' ? 'all' : union(value, loops);
  }

  /** The loops whose items a declaration's body can read (its own, and its enclosing resources'). */
  private loops(sym: ResourceSymbol | ModuleSymbol): ParamDeps {
    let out: ReadonlySet<string> = NONE;
    for (let s: ResourceSymbol | ModuleSymbol | undefined = sym; s; s = s.kind === 'resource' ? s.nestedIn : undefined) {
      const d = this.expr(s.loop);
      if (d === 'all') return 'all';
      out = union(out, d);
    }
    return out;
  }

  private name(name: string): ParamDeps {
    const cache = depsOf(this.model).byName;
    const hit = cache.get(name);
    if (hit) return hit;
    // a cycle (invalid Bicep) or a very deep chain: give up rather than under-approximate
    if (this.visiting.has(name) || this.depth >= MAX_DEPTH) return 'all';
    const sym = this.model.lookup(name);
    if (!sym) return NONE; // a loop variable, a lambda parameter, or nothing: no param behind it
    this.visiting.add(name);
    this.depth++;
    let deps: ParamDeps;
    try {
      switch (sym.kind) {
        case 'param': {
          const def = this.expr(sym.defaultValue);
          deps = def === 'all' ? 'all' : union(new Set([name]), def);
          break;
        }
        case 'var':
        case 'output':
          deps = this.expr(sym.value);
          break;
        case 'resource':
        case 'module':
          deps = this.symbol(sym);
          break;
        case 'func':
          deps = this.expr(sym.decl.lambda);
          break;
        default:
          deps = NONE; // types, and imports (another file's constants)
      }
    } finally {
      this.depth--;
      this.visiting.delete(name);
    }
    cache.set(name, deps);
    return deps;
  }

  private expr(e: Node | undefined): ParamDeps {
    if (!e) return NONE;
    const names = new Set<string>();
    let nodes = 0;
    let tooBig = false;
    walkTree(e, (n) => {
      if (++nodes > MAX_NODES) {
        tooBig = true;
        return false;
      }
      if (n.kind === 'Var') names.add(n.name);
      return undefined;
    });
    if (tooBig) return 'all';
    let out: Set<string> | undefined;
    for (const name of names) {
      const d = this.name(name);
      if (d === 'all') return 'all';
      if (d.size === 0) continue;
      out ??= new Set();
      for (const p of d) out.add(p);
    }
    return out ?? NONE;
  }
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const out = new Set(a);
  for (const x of b) out.add(x);
  return out;
}

const passedCache = new WeakMap<ModuleSymbol, ReadonlySet<string> | 'all'>();

/** The names a module call passes in `params` (`'all'` when a spread or a computed object could pass anything). */
export function passedParamNames(m: ModuleSymbol): ReadonlySet<string> | 'all' {
  const hit = passedCache.get(m);
  if (hit) return hit;
  let out: ReadonlySet<string> | 'all';
  if (m.params) {
    const names = new Set<string>();
    let dynamic = false;
    for (const item of m.params.items) {
      if (item.kind === 'Spread') dynamic = true;
      else if (item.kind === 'Property') {
        if (item.name === undefined) dynamic = true;
        else names.add(item.name);
      }
    }
    out = dynamic ? 'all' : names;
  } else out = m.paramsProperty?.value ? 'all' : NONE;
  passedCache.set(m, out);
  return out;
}
