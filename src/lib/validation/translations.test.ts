/**
 * Translations are held to the Polish they translate: a term of unknown id is refused, a Polish term without its
 * translation is reported (no silent fallback), a broken translation file gets a Polish message with its file, line
 * and field; a translated article names an existing Polish article and related articles of its own language.
 */
import { describe, expect, it } from 'vitest';
import { read, validationContext } from '../../../tests/helpers/validation.ts';
import { TAXONOMIES } from '../../schemas/taxonomy.ts';
import { TRANSLATED_LANGS } from '../../schemas/translation.ts';
import { validateContent, type TextFile } from './content.ts';

const ctx = validationContext();
const file = (path: string): TextFile => ({ file: path, text: read(path) });
const polish = TAXONOMIES.map((name) => file(`content/taxonomy/${name}.yaml`));
const translations = TRANSLATED_LANGS.flatMap((lang) => TAXONOMIES.map((name) => file(`content/taxonomy/${lang}/${name}.yaml`)));
/** The real files with one translation file replaced (or removed, with `text` undefined). */
const withTranslation = (path: string, text: string | undefined) => [
  ...translations.filter((t) => t.file !== path),
  ...(text === undefined ? [] : [{ file: path, text }]),
];
const check = (translated: TextFile[], articles: TextFile[] = []) =>
  validateContent({ institutions: [], taxonomies: polish, translations: translated, articles }, ctx);

const NEEDS_UK = 'content/taxonomy/uk/needs.yaml';

describe('taxonomy translations', () => {
  it('the real translations pass: every Polish term in both languages, no unknown id', () => {
    expect(check(translations)).toEqual([]);
  });

  it('refuses a translation of a term that the Polish file does not have, at its line', () => {
    const text = `${read(NEEDS_UK)}- id: nie-ma-takiej\n  name: Немає такого\n  description: Пояснення.\n`;
    const issues = check(withTranslation(NEEDS_UK, text));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', file: NEEDS_UK, field: '18.id', line: text.split('\n').length - 3 });
    expect(issues[0]!.message).toContain('„nie-ma-takiej” nie istnieje w content/taxonomy/needs.yaml');
  });

  it('reports a Polish term without its translation, naming the id and what to add', () => {
    const text = read(NEEDS_UK).replace(/- id: kryzys\n(?: {2}.*\n)+/, '');
    const issues = check(withTranslation(NEEDS_UK, text));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', file: NEEDS_UK, field: '' });
    expect(issues[0]!.message).toMatch(/^Brak tłumaczenia pojęcia „kryzys” z content\/taxonomy\/needs\.yaml\. Dopisz je: „- id: kryzys”/);
  });

  it('reports a missing translation file by the path it should have', () => {
    const issues = check(withTranslation('content/taxonomy/en/forms.yaml', undefined));
    expect(issues.map((i) => [i.file, i.field])).toEqual([['content/taxonomy/en/forms.yaml', '']]);
    expect(issues[0]!.message).toContain('Brak pliku z tłumaczeniem na język angielskim pojęć z content/taxonomy/forms.yaml');
  });

  it('a broken translation file gets a Polish message with file, line, field and a hint', () => {
    const text = read(NEEDS_UK).replace('  name: Гроші й виплати\n', '  nazwa: Гроші й виплати\n');
    const issues = check(withTranslation(NEEDS_UK, text));
    expect(issues.map((i) => [i.file, i.field, i.line])).toEqual([
      [NEEDS_UK, '0.name', 2],
      [NEEDS_UK, '0.nazwa', 3],
    ]);
    expect(issues[0]!.message).toBe(
      'Brak pola: Nazwa pojęcia (name). Wpisz krótką nazwę w języku tego pliku; przy rodzajach placówek zostaw też nazwę polską.',
    );
    expect(issues[1]!.message).toContain('Nieznane pole „nazwa”');
  });

  it('refuses a repeated id in a translation file', () => {
    const text = `${read(NEEDS_UK)}- id: praca\n  name: Робота\n  description: Ще раз.\n`;
    expect(check(withTranslation(NEEDS_UK, text)).map((i) => i.field)).toEqual(['18.id']);
  });
});

describe('translated articles', () => {
  const ukArticle = (front: string) => ({
    file: 'content/informator/uk/proba.md',
    text: `---\ntitle: Проба\nsummary: Коротко.\nquestion: kto-pomoze\nreviewed: 2026-12-02\nsources:\n  - title: "Ustawa"\n${front}---\n\nТекст.\n`,
  });
  const polishArticle = file('content/informator/kim-jest-asystent-rodziny.md');

  it('accepts an article naming its Polish original, and one written for its language without one', () => {
    expect(check(translations, [polishArticle, ukArticle('original: kim-jest-asystent-rodziny\n')])).toEqual([]);
    expect(check(translations, [polishArticle, ukArticle('')])).toEqual([]);
  });

  it('refuses an original that does not exist, at its line', () => {
    const issues = check(translations, [polishArticle, ukArticle('original: kim-jest-asystent\n')]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/informator/uk/proba.md', field: 'original', line: 8 });
    expect(issues[0]!.message).toContain('Artykuł polski „kim-jest-asystent” nie istnieje');
  });

  it('refuses a related article that exists only in another language', () => {
    const issues = check(translations, [polishArticle, ukArticle('related: [kim-jest-asystent-rodziny]\n')]);
    expect(issues.map((i) => i.field)).toEqual(['related.0']);
    expect(issues[0]!.message).toContain('content/informator/uk/');
  });

  it('a Polish article may not carry a translation field', () => {
    const text = polishArticle.text.replace('question: kto-pomoze', 'original: cos\nquestion: kto-pomoze');
    expect(check(translations, [{ file: polishArticle.file, text }]).map((i) => i.field)).toEqual(['original']);
  });
});
