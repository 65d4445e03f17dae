/**
 * `npm run build`: validate the content and build the site with Astro at the same time; then, side
 * by side, the Pagefind indexes (scripts/pagefind.ts) and the service worker (scripts/sw.ts;
 * Workbox, since @vite-pwa/astro does not support Astro 7), which does not cache the search index.
 *
 * The validator and Astro read the same files but do not depend on each other, so they run side by
 * side (each uses one core). The validator's report is printed when it ends; when it finds an
 * error, Astro is stopped and the build fails with the validator's exit code and Polish messages.
 */
import { spawn } from 'node:child_process';
import { run } from './lib/run.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
// A larger young generation: rendering tens of thousands of pages makes many short-lived strings,
// and the default (16 MB) sends the garbage collector through them far more often.
const astroArgs = [
  '--max-semi-space-size=64',
  'node_modules/astro/bin/astro.mjs',
  'build',
  ...(process.env.DIST_DIR ? ['--outDir', process.env.DIST_DIR] : []),
];

// A failure of this script itself says so in Polish, without a stack trace.
const fail = (cause: unknown) => {
  console.error(`Budowanie strony przerwane (błąd wewnętrzny: ${cause instanceof Error ? cause.message : String(cause)}).`);
  process.exit(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const validator = spawn(process.execPath, ['scripts/validate.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
const report: Buffer[] = [];
validator.stdout.on('data', (chunk: Buffer) => report.push(chunk));
validator.stderr.on('data', (chunk: Buffer) => report.push(chunk));
const validated = new Promise<number>((resolve, reject) => {
  validator.on('error', reject);
  validator.on('close', (code) => resolve(code ?? 1));
});

const astro = spawn(process.execPath, astroArgs, { env, stdio: 'inherit' });
const built = new Promise<number>((resolve, reject) => {
  astro.on('error', reject);
  astro.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});

const validation = await validated;
process.stdout.write(Buffer.concat(report));
if (validation !== 0) {
  astro.kill();
  await built;
  process.exit(validation);
}
const astroCode = await built;
if (astroCode !== 0) process.exit(astroCode);
const after = await Promise.all(['scripts/pagefind.ts', 'scripts/sw.ts'].map((script) => run(process.execPath, [script])));
process.exit(after.find((code) => code !== 0) ?? 0);
