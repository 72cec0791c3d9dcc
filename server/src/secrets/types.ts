/**
 * Plain data types of the secret detection library. The library is pure: it scans a
 * string and reports where secrets sit inside it; it knows nothing about documents,
 * rules or editors (only the engine's `FileKind` and `Confidence` types).
 */
import type { Confidence, FileKind } from '../engine/types';

/** `known-format`: a recognised credential format (prefix, signature, structure). `generic`: keyword + entropy. */
export type SecretKind = 'known-format' | 'generic';

export interface SecretMatch {
  /** Stable detector id, e.g. `azure-storage-key`. */
  readonly detectorId: string;
  /** Human name, e.g. `Azure Storage account key`; may be more specific than the detector's default. */
  readonly name: string;
  /** `[start, end)` of the secret itself inside the scanned value (UTF-16 offsets). */
  readonly start: number;
  readonly end: number;
  readonly confidence: Confidence;
  readonly kind: SecretKind;
  /**
   * The name the secret was assigned to inside the value (`Password` in `…;Password=x;`,
   * `--client-secret` in a command line), when the detector found one. Not the scalar's key.
   */
  readonly label?: string;
}

export interface GenericOptions {
  /** Shortest value the generic detectors consider (default 8). */
  readonly minLength?: number;
  /** Shannon entropy (bits per character) a generic value needs (default 3.0; lowered for short values). */
  readonly minEntropy?: number;
  /** Extra key names (case-insensitive, compared after normalisation) that hold secrets. */
  readonly extraSecretNames?: readonly string[];
}

export interface ScanContext {
  /** The key the value is assigned to (YAML key, JSON property, Bicep property/param name). */
  readonly key?: string;
  /** The key route from the document root. */
  readonly path?: readonly (string | number)[];
  readonly fileKind: FileKind;
  /**
   * Text around the value in its document (a few lines), used only as a hint: an
   * `*.openai.azure.com` endpoint or an `*.azurecr.io` login next to a key.
   */
  readonly nearby?: string | (() => string);
  readonly generic?: GenericOptions;
  /** Detector ids to skip. */
  readonly disabledDetectors?: readonly string[];
}

export interface DetectorInfo {
  readonly id: string;
  readonly name: string;
  /** The strongest confidence the detector reports. */
  readonly confidence: Confidence;
  readonly kind: SecretKind;
  /** One line: what the detector recognises. */
  readonly description: string;
}
