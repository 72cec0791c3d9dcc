// Builds the production bundles and packages the VSIX (no node_modules: everything is bundled).
// Fails when the VSIX is 2 MiB or more.
import { spawnSync } from 'node:child_process';
import { statSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const out = process.argv[2] ?? `${pkg.name}-${pkg.version}.vsix`;
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
step(process.execPath, ['esbuild.mjs', '--production']);
step(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--skip-license', '-o', out]);
const size = statSync(out).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KiB`);
if (size >= 2 * 1024 * 1024) {
  console.error('VSIX is 2 MiB or more');
  process.exit(1);
}
