/**
 * Regenerates what is derived from the rule registry: the config schema and the
 * `bulwark.rules` setting in package.json. `npm run generate`; a meta-test fails when stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../server/src/rules';
import { buildConfigSchema } from '../server/src/engine/configSchema';
import { docsUrl } from '../server/src/engine/rule';
import { LEVELS } from '../server/src/engine/types';

const ROOT = path.join(__dirname, '..');

export function renderConfigSchema(): string {
  return JSON.stringify(buildConfigSchema(allRules), null, 2) + '\n';
}

export function ruleSettingProperties(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of [...allRules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    out[r.meta.id] = { type: 'string', enum: [...LEVELS], description: `${r.meta.description} Default: ${r.meta.severity}. ${docsUrl(r.meta.id)}` };
  }
  return out;
}

export function renderPackageJson(current: string): string {
  const pkg = JSON.parse(current);
  pkg.contributes.configuration.properties['bulwark.rules'].properties = ruleSettingProperties();
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (require.main === module) {
  fs.writeFileSync(path.join(ROOT, 'schemas', 'bulwark-config.schema.json'), renderConfigSchema());
  const pkgPath = path.join(ROOT, 'package.json');
  fs.writeFileSync(pkgPath, renderPackageJson(fs.readFileSync(pkgPath, 'utf8')));
  console.log('generated schemas/bulwark-config.schema.json and package.json bulwark.rules');
}
