/**
 * The Bicep rule kit: declarative property rules and helpers for hand-written Bicep rules.
 * See README.md in this folder.
 */
export { propertyRule } from './propertyRule';
export type { PropertyRuleSpec, AvmParamMapping, AbsentVerdict, InsecureSpec } from './propertyRule';
export { avmRef, isAvmModule, avmModulesIn } from './avm';
export type { AvmRef } from './avm';
export { typeSet, isResourceOfType, resourcesOfType, resourcesInDocument, resourceView, relevantForTypes, symbolIndex } from './resources';
export type { ResourceView } from './resources';
export {
  locatePath,
  propertyState,
  stateOf,
  valueMatches,
  sameEnum,
  formatValue,
  knownValue,
  possibleValues,
  anchorSpan,
  compareApiVersions,
  apiVersionAtLeast,
  clip,
} from './values';
export type { BodySymbol, PathLocation, PropertyState, ValueMatcher } from './values';
export { isInDocument, relatedAt, relatedForOrigins, paramDefaultOrigin, paramFileOrigin } from './provenance';
export type { RelatedOptions } from './provenance';
export {
  fixOf,
  replaceFix,
  insertPropertyFix,
  setPropertyFix,
  replaceValueFix,
  removePropertyFix,
  addDecoratorFix,
  removeParamDefaultFix,
  nodeAt,
  isLiteralNode,
  valueFix,
  uniqueSymbolName,
  insertDeclarationEdit,
  extractToSecureParamFix,
} from './fixes';
export type { FixSafety, ValueFixOptions } from './fixes';
export { mergeRules } from './compose';
export { secretFlow, carriesSecret, isInsecureConstant, isListCall, describeInsecureSource, judgeSensitiveValue, paramTypeSecurity } from './secrets';
export type { SecretFlow, SensitiveFinding } from './secrets';
