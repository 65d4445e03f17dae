/**
 * `npm run build`: validate the content, build the site (Astro, then Pagefind in the integration),
 * then the service worker over the result (scripts/sw.ts; Workbox, since @vite-pwa/astro does not support Astro 7).
 */
import { run } from './lib/run.ts';

const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const steps: [string, string[]][] = [
  [process.execPath, ['scripts/validate.ts']],
  [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(process.env.DIST_DIR ? ['--outDir', process.env.DIST_DIR] : [])]],
  [process.execPath, ['scripts/sw.ts']],
];
for (const [command, args] of steps) {
  const code = await run(command, args, env);
  if (code !== 0) process.exit(code);
}
