/**
 * Linear-time, error-tolerant YAML string-scalar scanner (large-file path). Work in progress.
 */
import type { StringScalar } from '../../engine/hooks';

export function scanYamlScalars(text: string, onScalar: (s: StringScalar) => void, shouldStop?: () => boolean): void {
  void text;
  void onScalar;
  void shouldStop;
}
