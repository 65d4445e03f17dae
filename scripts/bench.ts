/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (or those named: `npm run bench -- search`).
 * Each prints a table and writes a report to reports/bench-<name>.md. Figures, never pass/fail.
 */
import { readdirSync } from 'node:fs';
import { run } from './lib/run.ts';

const wanted = process.argv.slice(2);
const benches = readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.ts$/, '')));
let failures = 0;
for (const file of benches) {
  console.log(`\n=== benchmark: ${file} ===`);
  const code = await run(process.execPath, [`scripts/bench/${file}`], { ASTRO_TELEMETRY_DISABLED: '1' });
  if (code !== 0) failures++;
}
process.exit(failures ? 1 : 0);
