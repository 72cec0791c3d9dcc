/**
 * Every rule, listed explicitly and alphabetically by id. A meta-test checks that every
 * rule file under this folder is listed here and that the list stays sorted.
 */
import type { Rule } from '../engine/rule';
import { RuleRegistry } from '../engine/registry';
import analysisSkipped from './core/analysis-skipped';
import invalidConfig from './core/invalid-config';
import syntaxError from './core/syntax-error';

export const allRules: readonly Rule[] = [
  analysisSkipped,
  invalidConfig,
  syntaxError,
] as Rule[];

let registry: RuleRegistry | undefined;
export function defaultRegistry(): RuleRegistry {
  if (!registry) registry = new RuleRegistry(allRules);
  return registry;
}
