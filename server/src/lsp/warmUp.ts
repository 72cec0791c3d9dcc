/**
 * JIT warm-up for the language server (also used by the benchmarks, which must not import
 * server.ts: its entry-point guard would start a server inside a bundle).
 */
import { analyze } from '../engine/analyze';
import { effectiveConfig } from '../engine/config';
import type { RuleRegistry } from '../engine/registry';

/** Analyse a few small synthetic documents once so the first real analysis runs optimised code. */
export function warmUp(registry: RuleRegistry): void {
  try {
    const config = effectiveConfig({ registry, configFile: undefined });
    // The same config with the streaming threshold at 0 warms the large-file path too.
    const streaming = { ...config, limits: { ...config.limits, fullParseKb: 0 } };
    const yaml = Array.from({ length: 200 }, (_, i) => `key${i}:\n  name: "value ${i}"\n  list: [a, 'b', "c"]`).join('\n');
    for (let i = 0; i < 3; i++) {
      analyze({ path: '/warm-up/a.yml', text: yaml }, { registry, config });
      analyze({ path: '/warm-up/b.yml', text: yaml }, { registry, config: streaming });
      analyze({ path: '/warm-up/main.bicep', text: "param location string = 'westeurope'\nresource s 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'x'\n  location: location\n}\n" }, { registry, config });
    }
  } catch {
    // warm-up is best effort
  }
}
