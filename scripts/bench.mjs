// `npm run bench [-- --corpus <dir>…]`: bundles scripts/bench.ts with esbuild (as the CLI and
// the language server ship) and runs it, so figures are those of the code users run.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}out/bench.js`;
await esbuild.build({
  entryPoints: [`${root}scripts/bench-entry.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  define: { BULWARK_VERSION: '"bench"' },
});
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 2);
