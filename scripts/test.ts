/**
 * `npm test`: everything, in order.
 *  1. finds (or installs) Chromium for the browser tests,
 *  2. builds the real site with its real content (validation, Astro, Pagefind) the way tests need it
 *     (no map tiles: the tests make no request outside this machine),
 *  3. runs every Vitest test (unit, integration over dist/, end-to-end in Chromium),
 *  4. prints the closing line "N passed, N failed".
 * `--no-build` reuses an existing build; any other argument is passed to Vitest as a filter.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.ts';
import { run } from './lib/run.ts';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const filters = args.filter((a) => a !== '--no-build');
// A contact e-mail (a reserved example domain), so the tests can follow the form's "Wyślij e-mailem" path.
const env = { ASTRO_TELEMETRY_DISABLED: '1', PUBLIC_MAP_TILES: 'none', PUBLIC_CONTACT_EMAIL: 'katalog@example.org' };

let chromium: string;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error((error as Error).message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const distDir = process.env.DIST_DIR ?? 'dist';
if (!skipBuild || !existsSync(`${distDir}/index.html`)) {
  const code = await run(process.execPath, ['scripts/build.ts'], env);
  if (code !== 0) {
    console.error('The build failed: see the messages above.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync('reports', { recursive: true });
const report = 'reports/vitest.json';
const code = await run(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...filters],
  { ...env, CHROMIUM_PATH: chromium },
);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  type FileResult = { status: string; assertionResults: { status: string }[] };
  const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; testResults: FileResult[] };
  passed = result.numPassedTests;
  // A test file that fails to load has no failed assertion of its own: count it once.
  const brokenFiles = result.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
  failed = result.numFailedTests + brokenFiles;
}
if (code !== 0 && failed === 0) failed = 1; // a file that failed to load counts as a failure
console.log(`${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 ? 0 : 1);
