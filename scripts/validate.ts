/**
 * `npm run validate [-- --format=text|json|github] [--strict]`: checks every content file
 * (schemas, TERYT, boundaries, duplicates, safe Markdown) and prints Polish messages.
 * Exit code: 1 when there is an error; 0 with warnings only, or 2 with --strict; 0 when clean.
 * Reads KATALOG_CONTENT_DIR (default content/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_DIR, loadValidationContext, projectPath } from '../src/data/reference.ts';
import { TAXONOMIES } from '../src/schemas/taxonomy.ts';
import { TRANSLATED_LANGS } from '../src/schemas/translation.ts';
import { validateContent } from '../src/lib/validation/content.ts';
import { exitCode, FORMATS, formatGithub, formatJson, formatText, summaryLine, type Format } from '../src/lib/validation/report.ts';

// Whatever goes wrong inside, a contributor reads Polish, never a stack trace; the exit code is 1.
const internalError = (cause: unknown) => {
  const what = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  console.error(
    `BŁĄD WEWNĘTRZNY walidatora: nie udało się sprawdzić treści (${what.slice(0, 300)}). To nie musi być błąd w Twoim pliku: uruchom „npm run validate” jeszcze raz, a jeśli błąd się powtórzy, zgłoś go opiekunom projektu.`,
  );
  process.exit(1);
};
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

const args = process.argv.slice(2);
const format = (args.find((a) => a.startsWith('--format='))?.slice('--format='.length) ?? 'text') as Format;
const strict = args.includes('--strict');
if (!FORMATS.includes(format) || args.some((a) => !a.startsWith('--format=') && a !== '--strict')) {
  console.error(`Użycie: npm run validate -- [--format=${FORMATS.join('|')}] [--strict]`);
  process.exit(64);
}

const root = projectPath(CONTENT_DIR);
const display = (path: string) => {
  const rel = relative(process.cwd(), path).split('\\').join('/');
  return rel.startsWith('..') ? path : rel;
};
const read = (path: string) => ({ file: display(path), text: readFileSync(path, 'utf8') });
try {
  function walk(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.startsWith('.') ? [] : [join(dir, d.name)],
    );
  }

  const institutionsDir = join(root, 'institutions');
  const institutions = walk(institutionsDir).map((path) => ({ ...read(path), relative: relative(institutionsDir, path).split('\\').join('/') }));
  const helplines = existsSync(join(root, 'helplines.yaml')) ? read(join(root, 'helplines.yaml')) : undefined;
  const statutory = existsSync(join(root, 'statutory.yaml')) ? read(join(root, 'statutory.yaml')) : undefined;
  const taxonomies = TAXONOMIES.map((name) => join(root, 'taxonomy', `${name}.yaml`))
    .filter(existsSync)
    .map(read);
  // Every language of src/schemas/translation.ts: a missing file is reported by the validator, so it is read when it exists.
  const translations = TRANSLATED_LANGS.flatMap((lang) => TAXONOMIES.map((name) => join(root, 'taxonomy', lang, `${name}.yaml`)))
    .filter(existsSync)
    .map(read);
  const articles = walk(join(root, 'informator'))
    .filter((p) => p.endsWith('.md'))
    .map(read);

  const issues = validateContent(
    { institutions, ...(helplines ? { helplines } : {}), ...(statutory ? { statutory } : {}), taxonomies, translations, articles },
    loadValidationContext(new Date()),
  );

  const checked = institutions.length + (helplines ? 1 : 0) + (statutory ? 1 : 0) + taxonomies.length + translations.length + articles.length;
  if (format === 'json') console.log(formatJson(issues));
  else if (format === 'github') {
    const out = formatGithub(issues);
    if (out) console.log(out);
    console.log(summaryLine(issues, checked));
  } else console.log(formatText(issues, checked));
  process.exit(exitCode(issues, strict));
} catch (cause) {
  internalError(cause);
}
