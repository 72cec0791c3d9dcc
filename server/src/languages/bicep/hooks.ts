/**
 * Events emitted while walking a Bicep or .bicepparam document (see walk.ts). Each payload
 * is a symbol of the semantic model; `payload.model` reaches the whole model and
 * `payload.model.evaluator` the value evaluator (params, .bicepparam values, vars, modules).
 */
import type { ModuleSymbol, OutputSymbol, ParamAssignment, ParamSymbol, ResourceSymbol, VarSymbol } from './model';

export interface BicepHooks {
  /** Every resource declaration, nested child resources included (each once, parents first). */
  bicepResource?(r: ResourceSymbol): void;
  bicepModule?(m: ModuleSymbol): void;
  bicepParam?(p: ParamSymbol): void;
  bicepVar?(v: VarSymbol): void;
  bicepOutput?(o: OutputSymbol): void;
  /** `param x = value` in a .bicepparam file. */
  bicepParamAssignment?(a: ParamAssignment): void;
}
