/** `npm run build`: validate the content, then build the site (Astro, then Pagefind in the integration). */
import { run } from './lib/run.ts';

const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const steps: [string, string[]][] = [
  [process.execPath, ['scripts/validate.ts']],
  [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(process.env.DIST_DIR ? ['--outDir', process.env.DIST_DIR] : [])]],
];
for (const [command, args] of steps) {
  const code = await run(command, args, env);
  if (code !== 0) process.exit(code);
}
