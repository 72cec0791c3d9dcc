/**
 * The events the engine emits while it walks a document once. A rule's `create`
 * returns a `Hooks` object with the listeners it needs; each language family
 * declares its own events in its folder and they are merged here.
 */
import type { AnalysisDocument } from './document';
import type { Span } from './types';
import type { BicepHooks } from '../languages/bicep/hooks';
import type { AzureMLHooks } from '../languages/azureml/hooks';
import type { PipelineHooks } from '../languages/pipelines/hooks';

/**
 * A string value anywhere in a document: a YAML scalar, a JSON string, a Bicep string
 * literal. Secret detection and other value-level rules listen to these.
 */
export interface StringScalar {
  /** The decoded value (escapes resolved, block-scalar indentation removed). */
  readonly value: string;
  /** The literal in the source, quotes included. */
  readonly span: Span;
  /**
   * Offset in the source of `value[0]` when the value appears verbatim in the source
   * (plain or quoted scalars without escapes); undefined otherwise. Use
   * `locateInSource` to find a substring of a non-verbatim value.
   */
  readonly valueStart: number | undefined;
  /** The nearest key: YAML mapping key, JSON property, Bicep property / param / var name. */
  readonly key: string | undefined;
  /** The key route from the document root (array indices as numbers). */
  readonly path: readonly (string | number)[];
  /** The literal is interpolated (Bicep `'${x}'`, YAML `${{ }}`): `value` holds the literal parts with holes as `\u0000`. */
  readonly interpolated: boolean;
  /** True when the value is a mapping key rather than a value. */
  readonly isKey: boolean;
}

export interface CoreHooks {
  /** Once per document, before any other event. */
  documentStart?(doc: AnalysisDocument): void;
  stringScalar?(scalar: StringScalar): void;
  /** Once per document, after every other event: whole-file and cross-resource checks go here. */
  documentEnd?(doc: AnalysisDocument): void;
}

export type Hooks = CoreHooks & BicepHooks & AzureMLHooks & PipelineHooks;
export type HookName = keyof Hooks;
export type HookPayload<K extends HookName> = Parameters<NonNullable<Hooks[K]>>[0];
export type Emit = <K extends HookName>(hook: K, payload: HookPayload<K>) => void;
