/**
 * The taxonomy and the informator in other languages, over the content and the real build: every Polish term is
 * translated into Ukrainian and English (Ukrainian with the words people type, Latin transliterations included),
 * the Ukrainian articles are built with `lang="uk"` and hreflang links both ways, the Polish pages show no Ukrainian,
 * and Pagefind keeps the Ukrainian pages in their own language's index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { TAXONOMIES } from '../../src/schemas/taxonomy.ts';
import { TRANSLATED_LANGS } from '../../src/schemas/translation.ts';
import { frontmatter } from '../helpers/fixtures.ts';

const dist = inject('distDir');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const main = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));
const CYRILLIC = /[\u0400-\u04FF]/;

interface Term {
  id: string;
  name: string;
  description: string;
  keywords?: string[];
}
const terms = (path: string) => parse(readFileSync(path, 'utf8')) as Term[];

describe('taxonomy translations', () => {
  it.each(TAXONOMIES.flatMap((name) => TRANSLATED_LANGS.map((lang) => [name, lang] as const)))('%s: every Polish term in %s', (name, lang) => {
    const polish = terms(`content/taxonomy/${name}.yaml`);
    const translated = terms(`content/taxonomy/${lang}/${name}.yaml`);
    expect(translated.map((t) => t.id).sort()).toEqual(polish.map((t) => t.id).sort());
    for (const t of translated) {
      const original = polish.find((p) => p.id === t.id)!;
      expect(t.description, t.id).not.toBe(original.description);
      if (lang === 'uk') expect(t.name + t.description, t.id).toMatch(CYRILLIC);
      // An institution type keeps its Polish name, which is what a family sees on the door and on letters.
      if (name === 'types') expect(t.name.startsWith(original.name) || t.name.startsWith(original.name.split(' ')[0]!), t.id).toBe(true);
    }
  });

  it.each(['types', 'needs', 'audiences'] as const)('Ukrainian %s have search words wherever the Polish do', (name) => {
    const polish = terms(`content/taxonomy/${name}.yaml`);
    const uk = terms(`content/taxonomy/uk/${name}.yaml`);
    for (const p of polish.filter((t) => t.keywords?.length)) {
      const words = uk.find((t) => t.id === p.id)!.keywords ?? [];
      expect(words.filter((w) => CYRILLIC.test(w)).length, p.id).toBeGreaterThanOrEqual(2);
      // Types and needs: a Latin transliteration for a phone without a Ukrainian keyboard ("психолог" → "psykholoh").
      if (name !== 'audiences')
        expect(
          words.some((w) => /^[a-z][a-z ']+$/.test(w)),
          `${p.id}: ${words.join(', ')}`,
        ).toBe(true);
    }
  });

  it('the Ukrainian article pages name their filters with the Ukrainian terms (getTaxonomies("uk"))', () => {
    const page = html('uk/informator/kim-jest-asystent-rodziny');
    expect(page).toContain('Ośrodek pomocy społecznej (OPS) — центр соціальної допомоги гміни');
    expect(page).toContain('Асистент сім&#39;ї та робота з сім&#39;єю');
  });
});

const ukArticles = readdirSync('content/informator/uk')
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({
    slug: f.replace(/\.md$/, ''),
    data: frontmatter(readFileSync(`content/informator/uk/${f}`, 'utf8')) as { original?: string; reviewed: string },
  }));

describe('the informator in Ukrainian', () => {
  it('has the five translated articles and the one for Ukrainian families', () => {
    expect(
      ukArticles
        .filter((a) => a.data.original)
        .map((a) => a.slug)
        .sort(),
    ).toEqual([
      'indywidualny-katalog-wsparcia',
      'jak-uzyskac-asystenta-rodziny',
      'kim-jest-asystent-rodziny',
      'pilna-pomoc-i-telefony-zaufania',
      'wsparcie-za-zyciem',
    ]);
    expect(ukArticles.filter((a) => !a.data.original).map((a) => a.slug)).toEqual(['de-shukaty-dopomohu']);
  });

  it('a translation keeps the review date and sources of its Polish original', () => {
    for (const { slug, data } of ukArticles.filter((a) => a.data.original)) {
      const polish = frontmatter(readFileSync(`content/informator/${data.original}.md`, 'utf8')) as Record<string, unknown>;
      const own = data as unknown as Record<string, unknown>;
      expect(own.reviewed, slug).toEqual(polish.reviewed);
      expect(own.sources, slug).toEqual(polish.sources);
      expect(own.legal_basis, slug).toEqual(polish.legal_basis);
    }
  });

  it.each(ukArticles.map((a) => [a.slug, a] as const))('%s: lang="uk", the binding-Polish note, hreflang both ways', (slug, { data }) => {
    const page = html(`uk/informator/${slug}`);
    expect(page).toMatch(/<html lang="uk">/);
    expect(main(page)).toContain('class="notice binding-original"');
    if (data.original) {
      expect(main(page)).toContain(`href="/informator/${data.original}/" hreflang="pl"`);
      expect(page).toMatch(new RegExp(`<link rel="alternate" hreflang="pl" href="[^"]*/informator/${data.original}/">`));
      const polish = html(`informator/${data.original}`);
      expect(polish).toMatch(/<html lang="pl">/);
      expect(polish).toMatch(new RegExp(`<link rel="alternate" hreflang="uk" href="[^"]*/uk/informator/${slug}/">`));
    } else {
      expect(page).not.toContain('rel="alternate"');
    }
  });

  it('the Polish informator shows no Ukrainian text (hreflang links only)', () => {
    const polish = readdirSync('content/informator').filter((f) => f.endsWith('.md'));
    for (const f of polish) expect(main(html(`informator/${f.replace(/\.md$/, '')}`)), f).not.toMatch(CYRILLIC);
    expect(main(html('informator'))).not.toMatch(CYRILLIC);
  });
});

describe('Pagefind by language', () => {
  const indexes = readdirSync(join(dist, 'pagefind'), { withFileTypes: true }).filter((d) => d.isDirectory());

  it.each(indexes.map((d) => d.name))('index %s: the Ukrainian articles make its "uk" language, apart from "pl"', (name) => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', name, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['pl', 'uk']);
    expect(entry.languages.uk!.page_count).toBe(ukArticles.length);
  });
});
