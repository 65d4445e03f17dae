/**
 * Validates a whole content folder given as texts (the CLI reads the files):
 * institutions, national helplines, taxonomies and informator articles.
 */
import type { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { helplineSchema } from '../../schemas/helpline.ts';
import { repeatedTypes, statutorySchema } from '../../schemas/statutory.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { termSchema } from '../../schemas/taxonomy.ts';
import { termTranslationSchema, translatedArticleSchema, translationLang } from '../../schemas/translation.ts';
import { shown } from '../../schemas/fields.ts';
import { checkAcrossFiles } from './across-files.ts';
import type { ValidationContext } from './context.ts';
import { fileTooLarge, parseFrontmatter, readYaml, textProblem } from './frontmatter.ts';
import { checkInstitutionFile, type InstitutionFile, type InstitutionRecord } from './institution-file.ts';
import { error, sortIssues, type Issue } from './issue.ts';
import { checkBody } from './markdown.ts';
import { fromZod } from './zod-issues.ts';
import { checkArticleTranslations, checkTermTranslations, type ArticleRef, type CheckedList } from './translations.ts';

export interface TextFile {
  file: string;
  text: string;
}

export interface ContentFiles {
  institutions: InstitutionFile[];
  helplines?: TextFile;
  /** content/statutory.yaml: the institutions the law puts in every gmina or powiat. */
  statutory?: TextFile;
  taxonomies: TextFile[];
  /**
   * content/taxonomy/<lang>/*.yaml. When given (the CLI always gives it), every Polish taxonomy must have its
   * translation in every language of src/schemas/translation.ts, term by term.
   */
  translations?: TextFile[];
  /** Polish articles (content/informator/*.md) and translated ones (content/informator/<lang>/*.md), told apart by their folder. */
  articles: TextFile[];
}

/** A YAML file holding a list of items, each checked by one schema; ids must be unique. */
function checkList(
  input: TextFile,
  schema: z.ZodType,
  what: string,
): { issues: Issue[]; ids: string[]; written?: string[]; lineOf?: (path: readonly PropertyKey[]) => number | undefined } {
  const unreadable = fileTooLarge(input.text, LIMITS.file.list, 'Plik listy') ?? textProblem(input.text);
  if (unreadable) return { issues: [error(input.file, '', unreadable)], ids: [] };
  const yaml = readYaml(input.text.replace(/^\uFEFF/, ''), 0);
  if (!yaml.ok) return { issues: [error(input.file, '', yaml.reason, yaml.line)], ids: [] };
  if (!Array.isArray(yaml.data)) {
    return { issues: [error(input.file, '', `Plik musi być listą (${what}): każdy element zaczyna się od „- id: …”.`, 1)], ids: [] };
  }
  const issues: Issue[] = [];
  const ids: string[] = [];
  yaml.data.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      issues.push(...fromZod(input.file, parsed.error, yaml.lineOf, [i]));
      return;
    }
    const id = String((parsed.data as { id: unknown }).id);
    if (ids.includes(id))
      issues.push(error(input.file, `${i}.id`, `Identyfikator „${id}” powtarza się w tym pliku: każdy element musi mieć inne id.`, yaml.lineOf([i, 'id'])));
    ids.push(id);
  });
  // Every item's id, valid or not: a broken translation is reported once, as broken, not also as missing.
  const written = yaml.data.map((item) => (item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : '')).filter(Boolean);
  return { issues, ids, written, lineOf: yaml.lineOf };
}

const slugOf = (file: string) => file.replace(/\\/g, '/').replace(/^.*\//, '').replace(/\.md$/, '');

/** An article by the schema of its folder; a translated one also gives what the cross-check needs. */
function checkArticle(input: TextFile): { issues: Issue[]; ref?: ArticleRef } {
  const tooLarge = fileTooLarge(input.text, LIMITS.file.article, 'Artykuł');
  if (tooLarge) return { issues: [error(input.file, '', tooLarge)] };
  const fm = parseFrontmatter(input.text);
  if (!fm.ok) return { issues: [error(input.file, '', fm.reason, fm.line)] };
  const issues = checkBody(fm.body, LIMITS.text.article_body).map((p) => error(input.file, 'opis', p.message, fm.bodyLine + p.line - 1));
  if (!translationLang(input.file)) {
    const parsed = articleSchema.safeParse(fm.data);
    return { issues: parsed.success ? issues : [...issues, ...fromZod(input.file, parsed.error, fm.lineOf)] };
  }
  const parsed = translatedArticleSchema.safeParse(fm.data);
  if (!parsed.success) return { issues: [...issues, ...fromZod(input.file, parsed.error, fm.lineOf)] };
  const { original, related } = parsed.data;
  return { issues, ref: { file: input.file, slug: slugOf(input.file), related, lineOf: fm.lineOf, ...(original ? { original } : {}) } };
}

/** The statutory file: each kind by its schema, and one kind per directory type. */
function checkStatutory(input: TextFile, ctx: ValidationContext): Issue[] {
  const { issues } = checkList(input, statutorySchema(ctx.refs), 'rodzaje instytucji');
  const yaml = readYaml(input.text, 0);
  if (yaml.ok && Array.isArray(yaml.data)) {
    const kinds = yaml.data.map((k, i) => ({ i, type: String((k as { type?: unknown })?.type ?? '') })).filter((k) => k.type);
    for (const k of repeatedTypes(kinds)) {
      issues.push(
        error(
          input.file,
          `${k.i}.type`,
          `Rodzaj placówki „${k.type}” ma już inny wpis w tym pliku. Każdy rodzaj (type) może wystąpić tylko raz.`,
          yaml.lineOf([k.i, 'type']),
        ),
      );
    }
  }
  return issues;
}

/**
 * A check that fails inside (input nobody foresaw, or a bug) blames its file in Polish
 * instead of stopping the whole run with a stack trace.
 */
function internalError(file: string, cause: unknown): Issue {
  const what =
    cause instanceof RangeError
      ? 'dane są zbyt złożone, np. zbyt głęboko zagnieżdżone'
      : `błąd wewnętrzny: ${shown(cause instanceof Error ? cause.message : cause, 120)}`;
  return error(
    file,
    '',
    `Walidator nie zdołał sprawdzić tego pliku (${what}). Porównaj plik z szablonem docs/szablon-wpisu.md; jeśli wygląda poprawnie, zgłoś ten problem opiekunom projektu.`,
  );
}

function guarded<T>(file: string, issues: Issue[], check: () => T): T | undefined {
  try {
    return check();
  } catch (cause) {
    issues.push(internalError(file, cause));
    return undefined;
  }
}

export function validateContent(files: ContentFiles, ctx: ValidationContext): Issue[] {
  const issues: Issue[] = [];
  const records: InstitutionRecord[] = [];
  for (const f of files.institutions) {
    const result = guarded(f.file, issues, () => checkInstitutionFile(f, ctx));
    if (!result) continue;
    issues.push(...result.issues);
    if (result.record) records.push(result.record);
  }
  let helplineIds: string[] = [];
  if (files.helplines) {
    const { file } = files.helplines;
    const result = guarded(file, issues, () => checkList(files.helplines!, helplineSchema(ctx.refs), 'telefony zaufania'));
    issues.push(...(result?.issues ?? []));
    helplineIds = result?.ids ?? [];
  }
  if (files.statutory) issues.push(...(guarded(files.statutory.file, issues, () => checkStatutory(files.statutory!, ctx)) ?? []));
  const polishTerms: CheckedList[] = [];
  for (const t of files.taxonomies) {
    const result = guarded(t.file, issues, () => checkList(t, termSchema, 'pojęcia'));
    issues.push(...(result?.issues ?? []));
    if (result) polishTerms.push({ file: t.file, ids: result.ids });
  }
  if (files.translations) {
    const translatedTerms: CheckedList[] = [];
    for (const t of files.translations) {
      const result = guarded(t.file, issues, () => checkList(t, termTranslationSchema, 'tłumaczenia pojęć'));
      issues.push(...(result?.issues ?? []));
      if (result) translatedTerms.push({ file: t.file, ids: result.ids, written: result.written ?? [], ...(result.lineOf ? { lineOf: result.lineOf } : {}) });
    }
    issues.push(...(guarded('content/taxonomy', issues, () => checkTermTranslations(polishTerms, translatedTerms)) ?? []));
  }
  const translatedArticles: ArticleRef[] = [];
  for (const a of files.articles) {
    const result = guarded(a.file, issues, () => checkArticle(a));
    issues.push(...(result?.issues ?? []));
    if (result?.ref) translatedArticles.push(result.ref);
  }
  const polishSlugs = new Set(files.articles.filter((a) => !translationLang(a.file)).map((a) => slugOf(a.file)));
  issues.push(...(guarded('content/informator', issues, () => checkArticleTranslations(polishSlugs, translatedArticles)) ?? []));
  issues.push(...(guarded('content/institutions', issues, () => checkAcrossFiles(records, helplineIds)) ?? []));
  return sortIssues(issues);
}
