/**
 * Checks one institution file on its own: frontmatter, schema, file name and folder,
 * location inside Poland and its województwo, verification date, safe description.
 */
import { institutionSchema, type Institution } from '../../schemas/institution.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { ancestry } from '../regions/teryt.ts';
import type { ValidationContext } from './context.ts';
import { freshnessDate, olderThan, WARN_AFTER_MONTHS } from '../freshness/freshness.ts';
import { fileTooLarge, parseFrontmatter } from './frontmatter.ts';
import { contains, wojewodztwoAt } from './geo.ts';
import { error, warning, type Issue } from './issue.ts';
import { checkBody } from './markdown.ts';
import { fromZod } from './zod-issues.ts';

export interface InstitutionFile {
  /** Shown in messages: the path in the repository. */
  file: string;
  /** Path below content/institutions/, e.g. podlaskie/powiat-sokolski/dabrowa-bialostocka/gkrpa.md */
  relative: string;
  text: string;
}

/** What the checks across files need from a valid entry. */
export interface InstitutionRecord {
  file: string;
  slug: string;
  data: Institution;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const schemaCache = new WeakMap<object, ReturnType<typeof institutionSchema>>();

export function schemaFor(ctx: ValidationContext) {
  let schema = schemaCache.get(ctx.refs);
  if (!schema) schemaCache.set(ctx.refs, (schema = institutionSchema(ctx.refs)));
  return schema;
}

/** The folder an entry of this gmina belongs in (below content/institutions/). */
export function expectedFolder(ctx: ValidationContext, gminaCode: string): string | undefined {
  const a = ancestry(ctx.regions, gminaCode);
  return a ? `${a.wojewodztwo.slug}/${a.powiat.slug}/${a.gmina.slug}` : undefined;
}

/** The file name becomes the page's URL: the message when it cannot (shared with the form). */
export function fileNameProblem(slug: string): string | undefined {
  return SLUG.test(slug)
    ? undefined
    : `Nazwa pliku „${slug}.md” staje się adresem strony: użyj małych liter bez polskich znaków, cyfr i myślników, np. „mops-dabrowa-bialostocka.md”.`;
}

export function checkInstitutionFile(input: InstitutionFile, ctx: ValidationContext): { issues: Issue[]; record?: InstitutionRecord } {
  const { file } = input;
  const issues: Issue[] = [];
  const name = input.relative.split('/').pop() ?? '';
  const slug = name.replace(/\.md$/, '');
  if (!name.endsWith('.md')) {
    return {
      issues: [
        error(
          file,
          'nazwa pliku',
          `Plik „${name}” nie zostanie wczytany: wpis placówki musi mieć rozszerzenie .md, np. „${slug.replace(/\.[^.]*$/, '') || 'nazwa-placowki'}.md”.`,
        ),
      ],
    };
  }
  const nameProblem = fileNameProblem(slug);
  if (nameProblem) issues.push(error(file, 'nazwa pliku', nameProblem));

  const tooLarge = fileTooLarge(input.text, LIMITS.file.institution, 'Wpis placówki');
  if (tooLarge) return { issues: [...issues, error(file, '', tooLarge)] };
  const fm = parseFrontmatter(input.text);
  if (!fm.ok) return { issues: [...issues, error(file, '', fm.reason, fm.line)] };
  if (!fm.data || typeof fm.data !== 'object' || Array.isArray(fm.data)) {
    return {
      issues: [
        ...issues,
        error(file, '', 'Dane wpisu (między liniami „---”) muszą być listą pól w postaci „nazwa: wartość”. Skopiuj je z szablonu docs/szablon-wpisu.md.', 2),
      ],
    };
  }

  const schema = schemaFor(ctx);
  for (const problem of checkBody(fm.body, LIMITS.text.institution_body)) {
    issues.push(error(file, 'opis', problem.message, fm.bodyLine + problem.line - 1));
  }

  const parsed = schema.safeParse(fm.data);
  if (!parsed.success) return { issues: [...issues, ...fromZod(file, parsed.error, fm.lineOf)] };
  const data = parsed.data;

  const folder = expectedFolder(ctx, data.gmina);
  const actualFolder = input.relative.split('/').slice(0, -1).join('/');
  if (folder && folder !== actualFolder) {
    issues.push(
      warning(
        file,
        'gmina',
        `Plik leży w folderze innej gminy niż podana w polu gmina. Przenieś go do content/institutions/${folder}/ albo popraw kod gminy.`,
        fm.lineOf(['gmina']),
      ),
    );
  }

  if (data.location) {
    const at = fm.lineOf(['location']);
    if (!ctx.poland.some((f) => contains(f.geometry, data.location!))) {
      issues.push(
        error(
          file,
          'location',
          `Położenie (location: lat ${data.location.lat}, lng ${data.location.lng}) leży poza Polską. Sprawdź, czy lat (ok. 49–55) i lng (ok. 14–24) nie są zamienione.`,
          at,
        ),
      );
    } else {
      const expected = data.gmina.slice(0, 2);
      const actual = wojewodztwoAt(ctx.wojewodztwa, data.location);
      if (actual && actual !== expected) {
        const woj = (code: string) => ctx.regions.wojewodztwa.get(code)?.name ?? code;
        issues.push(
          error(
            file,
            'location',
            `Położenie (location) leży w województwie ${woj(actual)}, a gmina w województwie ${woj(expected)}. Popraw lat i lng albo kod gminy.`,
            at,
          ),
        );
      }
    }
  }

  const today = ctx.now.toISOString().slice(0, 10);
  const dateLine = fm.lineOf(['verified', 'date']);
  if (data.verified.date > today) {
    issues.push(
      error(
        file,
        'verified.date',
        `Data weryfikacji (verified → date) ${data.verified.date} jest w przyszłości. Wpisz dzień, w którym sprawdzono dane (najpóźniej dzisiaj: ${today}).`,
        dateLine,
      ),
    );
  } else if (olderThan(freshnessDate(data.verified), today, WARN_AFTER_MONTHS)) {
    const field = data.verified.source_date ? 'verified.source_date' : 'verified.date';
    const what = data.verified.source_date ? `Dane pochodzą ze źródła z ${data.verified.source_date}` : `Dane sprawdzono ostatnio ${data.verified.date}`;
    issues.push(
      warning(
        file,
        field,
        `${what}, ponad ${WARN_AFTER_MONTHS} miesiące temu. Sprawdź je ponownie (np. telefonicznie) i wpisz nową datę weryfikacji i jej źródło.`,
        fm.lineOf(field.split('.')),
      ),
    );
  }

  return { issues, record: { file, slug, data, lineOf: fm.lineOf } };
}
