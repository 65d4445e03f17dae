/**
 * `npm run stale [-- --format=text|json|markdown]`: entries whose data is older than 12 months, by powiat,
 * with links to their correction forms (the monthly review; .github/workflows/stale.yml posts the Markdown).
 * Reads KATALOG_CONTENT_DIR (default content/) and SITE (the site's public address, for the links).
 * The logic is in src/lib/freshness/stale-report.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_DIR, loadRegions, loadSchemaRefs, projectPath } from '../src/data/reference.ts';
import { formatStale, staleByPowiat, STALE_FORMATS, type ReviewEntry, type StaleFormat } from '../src/lib/freshness/stale-report.ts';
import { checkInstitutionFile } from '../src/lib/validation/institution-file.ts';
import type { Feature } from '../src/lib/validation/geo.ts';

const args = process.argv.slice(2);
const format = (args.find((a) => a.startsWith('--format='))?.slice('--format='.length) ?? 'text') as StaleFormat;
if (!STALE_FORMATS.includes(format) || args.some((a) => !a.startsWith('--format='))) {
  console.error(`Użycie: npm run stale -- [--format=${STALE_FORMATS.join('|')}]`);
  process.exit(64);
}

const root = join(projectPath(CONTENT_DIR), 'institutions');
const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []))
    : [];
const geo = (file: string) => (JSON.parse(readFileSync(projectPath(file), 'utf8')) as { features: Feature[] }).features;
const now = new Date();
const ctx = { refs: loadSchemaRefs(), regions: loadRegions(), poland: geo('data/geo/polska.json'), wojewodztwa: geo('data/geo/wojewodztwa.json'), now };

// Entries the validator refuses are left out here: `npm run validate` reports them.
const entries: ReviewEntry[] = walk(root).flatMap((path) => {
  const rel = relative(root, path).split('\\').join('/');
  const { record } = checkInstitutionFile({ file: `content/institutions/${rel}`, relative: rel, text: readFileSync(path, 'utf8') }, ctx);
  return record ? [{ slug: record.slug, name: record.data.name, gmina: record.data.gmina, file: record.file, verified: record.data.verified }] : [];
});

const today = now.toISOString().slice(0, 10);
const origin = process.env.SITE || 'http://localhost:4321';
console.log(formatStale(staleByPowiat(entries, ctx.regions, today, origin), format, today));
