/** Public surface of the secret detection library (pure functions; no engine state). */
export type { DetectorInfo, GenericOptions, ScanContext, SecretKind, SecretMatch } from './types';
export { DETECTORS, DETECTOR_BY_ID } from './detectors';
export { scanValue, scanKnown, scanGeneric, MAX_SCAN_LENGTH } from './scan';
export { maskSecret, secretPrefix, visiblePrefixLength } from './mask';
export { shannonEntropy, charClassCount } from './entropy';
export { isReference, isPlaceholder, isNotASecret, isWellKnownPublicValue, isGuid } from './placeholders';
export { classifyKeyName, splitKeyWords, effectiveKeyName, type KeyNameInfo, type SecretNameClass } from './keyNames';
