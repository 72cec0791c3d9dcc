/**
 * Public API of the Bicep engine: parse (memoised per document), semantic model, value
 * evaluator, module resolution and suppression pragmas.
 */
import type { AnalysisDocument } from '../../engine/document';
import type { Span } from '../../engine/types';
import type { Program } from './ast';
import type { Pragma } from './lexer';
import { parse } from './parser';
import { BicepModel } from './model';
import { parseShared } from './treeCache';
import type { ModuleSymbol } from './model';
import { Evaluator } from './evaluate';
import type { EvaluatorOptions, ModuleResolution, ParamFileInput } from './evaluate';

export type * from './ast';
export type { Pragma, PragmaKind, Comment } from './lexer';
export type * from './model';
export type { Origin, Known, Unknown, OneOf, EvalResult, BicepValue, UnknownCode, ParamFileInput, ModuleParam, ModuleResolution, EvaluatorOptions } from './evaluate';
export { BicepModel, lookupProperty, findProperty, findDecorator, stringValue, classifyModulePath, resolveRelative, samePath, splitPath, staticProperty } from './model';
export { Evaluator, clearBicepCaches, discoverParamFiles, modelFor } from './evaluate';
export { MAX_DEPTH } from './parser';
export { dumpTree } from './dump';
export { walkTree, childrenOf, nodePathAt } from './visit';
export { insertPropertyEdit, insertIntoObject, replaceValueEdit, setPropertyEdit, removePropertyEdit, applyEdits, objectLayout, bicepString, propertyKeyText } from './edits';
export type { ObjectLayout } from './edits';

export interface BicepSyntaxError {
  readonly message: string;
  readonly span: Span;
}

export interface BicepDocument {
  /** The syntax tree. */
  readonly tree: Program;
  readonly model: BicepModel;
  /** Lexical and syntax errors, sorted by position. */
  readonly syntaxErrors: readonly BicepSyntaxError[];
  readonly pragmas: readonly Pragma[];
  /** The evaluator (sibling .bicepparam files and local modules read through `doc.host`). */
  readonly evaluator: Evaluator;
}

/** Parse Bicep text (`params: true` for .bicepparam). Never throws. */
export function parseBicep(text: string, options: { params?: boolean } = {}): Program {
  return parse(text, options);
}

function isParamsDoc(doc: AnalysisDocument): boolean {
  return doc.kind === 'bicepparam' || doc.path.toLowerCase().endsWith('.bicepparam');
}

/** Parse + model for a document, memoised on the document (one parse per document version). */
export function getBicep(doc: AnalysisDocument): BicepDocument {
  return doc.peek<BicepDocument>('bicep') ?? doc.cached('bicep', () => {
    const tree = parseShared(doc.path, doc.text, isParamsDoc(doc));
    const model = new BicepModel(tree, doc.text, doc.path);
    model.evaluatorFactory = (m) => new Evaluator(m, { host: doc.host });
    const result: BicepDocument = {
      tree,
      model,
      syntaxErrors: tree.errors,
      pragmas: tree.pragmas,
      get evaluator() {
        return model.evaluator;
      },
    };
    return result;
  });
}

/**
 * An evaluator for a document with explicit .bicepparam files (for the engine / LSP when
 * it knows which parameter file applies). `paramFiles: []` evaluates with defaults only.
 */
export function createEvaluator(doc: AnalysisDocument, options: { paramFiles?: readonly ParamFileInput[] } = {}): Evaluator {
  const { model } = getBicep(doc);
  const opts: EvaluatorOptions = options.paramFiles ? { host: doc.host, paramFiles: options.paramFiles } : { host: doc.host };
  return new Evaluator(model, opts);
}

/**
 * Make `getBicep(doc).evaluator` (the one rules reach through `symbol.model.evaluator`)
 * use these .bicepparam files instead of discovering siblings; `[]` = defaults only.
 * Call before the engine walks the document.
 */
export function setParamFiles(doc: AnalysisDocument, paramFiles: readonly ParamFileInput[]): void {
  const { model } = getBicep(doc);
  model.evaluatorFactory = (m) => new Evaluator(m, { host: doc.host, paramFiles });
  model.resetEvaluator();
}

/**
 * Map a module's `params` onto its target file's params (local modules read through the
 * host). The result's `evaluator` evaluates the module file with the caller's values, so
 * checks inside the module can see what this caller passes.
 */
export function resolveModuleParams(module: ModuleSymbol, evaluator?: Evaluator): ModuleResolution {
  return (evaluator ?? module.model.evaluator).resolveModule(module);
}

export type BicepSuppression =
  | { readonly kind: 'next-line'; /** 0-based line the pragma applies to. */ readonly line: number; readonly ids: readonly string[] }
  | { readonly kind: 'range'; readonly startOffset: number; readonly endOffset: number; readonly ids: readonly string[] };

/**
 * Suppression pragmas: `#disable-next-line a b` applies to the following line;
 * `#disable-diagnostics a` … `#restore-diagnostics a` is a range per id (to the end of the
 * file when not restored). Pragmas inside strings or comments are not pragmas.
 */
export function bicepSuppressions(doc: AnalysisDocument): BicepSuppression[] {
  const { tree } = getBicep(doc);
  const out: BicepSuppression[] = [];
  const open = new Map<string, number>();
  for (const p of tree.pragmas) {
    if (p.kind === 'disable-next-line') {
      out.push({ kind: 'next-line', line: doc.positionAt(p.start).line + 1, ids: p.ids });
    } else if (p.kind === 'disable-diagnostics') {
      for (const id of p.ids) if (!open.has(id)) open.set(id, p.start);
    } else {
      for (const id of p.ids) {
        const start = open.get(id);
        if (start === undefined) continue;
        open.delete(id);
        out.push({ kind: 'range', startOffset: start, endOffset: p.end, ids: [id] });
      }
    }
  }
  for (const [id, start] of open) out.push({ kind: 'range', startOffset: start, endOffset: doc.text.length, ids: [id] });
  return out;
}
