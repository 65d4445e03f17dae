/**
 * Every gmina, over the real build: the builder's suggestion function, fed the files the builder
 * downloads (/katalog/dane/*.json), suggests something for each of ten needs in each of the 2,479 gminas (TERC 2026-01-01);
 * and every gmina page shows its statutory institutions ("Twoje instytucje").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { CatalogueEntry } from '../../src/lib/catalogue/entries.ts';
import { expandGminy, type CompactGminy } from '../../src/lib/catalogue/gminy.ts';
import { genericEntries, type StatutoryTemplate } from '../../src/lib/catalogue/statutory.ts';
import { suggest } from '../../src/lib/catalogue/suggest.ts';
import { builderTranslator } from '../helpers/words.ts';

const words = builderTranslator('pl');

const dist = inject('distDir');
const json = <T>(path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

const NEEDS = ['psychologiczne', 'pieniadze', 'prawne', 'uzaleznienia', 'przemoc', 'niepelnosprawnosc', 'praca', 'ciaza', 'mieszkanie', 'rozwoj-dziecka'];

describe('statutory institutions in every gmina', () => {
  const gminy = expandGminy(json<CompactGminy>('katalog/dane/gminy.json'));
  const templates = json<StatutoryTemplate[]>('katalog/dane/ustawowe.json');
  const national = json<CatalogueEntry[]>('katalog/dane/krajowe.json');
  const regional = new Map<string, CatalogueEntry[]>();
  const regionOf = (slug: string) => {
    if (!regional.has(slug)) regional.set(slug, json<CatalogueEntry[]>(`katalog/dane/${slug}.json`));
    return regional.get(slug)!;
  };

  it('the builder suggests support for each of ten needs in all 2,479 gminas, also for a pregnant woman', () => {
    expect(gminy).toHaveLength(2479); // every gmina of the TERC register as of 2026-01-01
    const empty: string[] = [];
    for (const g of gminy) {
      const real = [...regionOf(g.wojSlug), ...national];
      const entries = [...real, ...genericEntries(templates, real, { code: g.code, name: g.name, powiat: g.powiat })];
      for (const need of NEEDS) {
        for (const audiences of [[], ['kobiety-w-ciazy']]) {
          const out = suggest(entries, { gmina: g.code, needs: [need], audiences, needName: (id) => id, words });
          if (out.length === 0) empty.push(`${g.name} (${g.code}) × ${need} × [${audiences.join()}]`);
        }
      }
    }
    expect(empty).toEqual([]);
  });

  it('Sztabin: a pregnant woman needing psychological support, money and legal help gets the generic OPS, PCPR, legal aid and the crisis lines, with reasons', () => {
    const g = gminy.find((o) => o.name === 'Sztabin')!;
    const real = [...regionOf(g.wojSlug), ...national];
    const entries = [...real, ...genericEntries(templates, real, { code: g.code, name: g.name, powiat: g.powiat })];
    const out = suggest(entries, {
      gmina: g.code,
      needs: ['psychologiczne', 'pieniadze', 'prawne'],
      audiences: ['kobiety-w-ciazy'],
      needName: (id) => id,
      audienceName: (id) => id,
      words,
    });
    const byName = (re: RegExp) => out.find((s) => re.test(s.entry.name));
    const ops = byName(/^Ośrodek pomocy społecznej$/)!;
    expect(ops.entry.kind).toBe('statutory');
    expect(ops.reason).toMatch(/pieniadze.*taka instytucja działa w każdej gminie, także w Twojej/);
    expect(ops.entry.generic!.howToFind).toContain('gminy Sztabin');
    expect(byName(/nieodpłatnej pomocy prawnej/)!.reason).toMatch(
      /prawne; pasuje do sytuacji rodziny: kobiety-w-ciazy; taka instytucja działa dla każdego powiatu/,
    );
    expect(byName(/^Powiatowe centrum pomocy rodzinie/)).toBeDefined();
    // Audiences order, they do not hide: the crisis line for adults reaches a pregnant woman.
    expect(byName(/^Kryzysowy Telefon Zaufania$/)!.reason).toMatch(/działa w całej Polsce$/);
    expect(out[0]!.reach).toBe(0);
  });

  it('Dąbrowa Białostocka: its real MOPS, GKRPA, poradnia and others replace the generic cards; generic ones only for the kinds it lacks', () => {
    const page = html('placowki/podlaskie/powiat-sokolski/dabrowa-bialostocka');
    const section = page.slice(page.indexOf('id="twoje-instytucje"'));
    const generic = [...section.matchAll(/data-statutory="([^"]+)"/g)].map((m) => m[1]);
    expect(generic.sort()).toEqual(['orzekanie-o-niepelnosprawnosci', 'pcpr', 'pomoc-prawna', 'sad-rodzinny']);
    const words = text(section);
    for (const name of [
      'Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej',
      'Gminna Komisja Rozwiązywania Problemów Alkoholowych w Dąbrowie Białostockiej',
      'Poradnia Psychologiczno-Pedagogiczna w Dąbrowie Białostockiej',
      'Zespół Interdyscyplinarny w Dąbrowie Białostockiej',
      'Urząd Miejski w Dąbrowie Białostockiej',
      'Komisariat Policji w Dąbrowie Białostockiej',
      'Powiatowy Urząd Pracy w Sokółce',
    ]) {
      expect(words).toContain(name);
    }
    expect(words).toContain('Taka instytucja działa dla każdego powiatu; nie mamy jeszcze jej adresu.');
  });

  it('Sztabin: every statutory kind as a generic card, with the place filled in and a prefilled "Dodaj placówkę" link', () => {
    const page = html('placowki/podlaskie/powiat-augustowski/sztabin');
    const cards = [...page.matchAll(/data-statutory="([^"]+)"/g)].map((m) => m[1]);
    expect(cards).toHaveLength(templates.length);
    const words = text(page);
    expect(words).toContain('Ta instytucja działa w każdej gminie; nie mamy jeszcze jej adresu.');
    expect(words).toContain('Biuletynie Informacji Publicznej (BIP) gminy Sztabin');
    expect(words).toContain('ustawa z dnia 12 marca 2004 r. o pomocy społecznej');
    expect(page).toContain(`href="/zglos/?rodzaj=ops&amp;gmina=${gminy.find((g) => g.name === 'Sztabin')!.code}"`);
    // Generic cards are not institutions: the count in the lead stays at what the directory holds.
    expect(words).not.toMatch(/W tej gminie nie mamy jeszcze żadnych placówek/);
  });

  it('every gmina page has the section, with each kind once', () => {
    const pages = readdirSync(join(dist, 'placowki'), { recursive: true, encoding: 'utf8' }).filter((p) =>
      /^(?!rodzaj\/)[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(p.split('\\').join('/')),
    );
    expect(pages).toHaveLength(gminy.length);
    for (const p of pages) {
      const page = readFileSync(join(dist, 'placowki', p), 'utf8');
      const section = page.slice(page.indexOf('id="twoje-instytucje"'));
      expect(page.includes('id="twoje-instytucje"') && section.match(/<h4>/g)?.length, p).toBe(templates.length);
    }
  });
});
