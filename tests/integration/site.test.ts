/** The real build (dist/, made by `npm test`) holds every seed institution on its own page. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { frontmatter } from '../helpers/fixtures.ts';

const dist = inject('distDir');

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? contentFiles(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : [],
  );
}

const institutions = contentFiles('content/institutions').map((file) => ({ file, data: frontmatter(readFileSync(file, 'utf8')) as any }));
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('the built site', () => {
  it('has the seed institutions: Dąbrowa Białostocka (seed 004), GOPS Wejherowo (001), MOPS Kędzierzyn-Koźle (003)', () => {
    const names = institutions.map((i) => i.data.name as string);
    expect(names.filter((n) => /Dąbrow|Sokółce|Dzwonek|GAMA|Radość/.test(n)).length).toBeGreaterThanOrEqual(16);
    expect(names.some((n) => n.includes('Wejherowie'))).toBe(true);
    expect(names.some((n) => n.includes('Kędzierzynie-Koźlu'))).toBe(true);
  });

  it.each(institutions.map((i) => [i.data.name, i] as const))('has a page for %s with its services, phones and verification date', (_name, { file, data }) => {
    const slug = file.split('/').pop()!.replace(/\.md$/, '');
    const page = text(html(`placowka/${slug}`));
    expect(page).toContain(data.name);
    for (const service of data.services) expect(page).toContain(service.name);
    for (const phone of data.phones ?? []) expect(html(`placowka/${slug}`)).toContain(`href="tel:${phone.number.replace(/[^\d+]/g, '')}"`);
    expect(page).toMatch(/Dane sprawdzone: \d{1,2} \p{L}+ \d{4}/u);
  });

  it('lists the Dąbrowa Białostocka institutions and the national helplines on the gmina page, local first', () => {
    const page = text(html('placowki/podlaskie/powiat-sokolski/dabrowa-bialostocka'));
    const local = page.indexOf('Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej');
    const powiat = page.indexOf('Powiatowy Urząd Pracy w Sokółce');
    const national = page.indexOf('Telefon Zaufania dla Dzieci i Młodzieży');
    expect(local).toBeGreaterThan(0);
    expect(powiat).toBeGreaterThan(local);
    expect(national).toBeGreaterThan(powiat);
  });

  it('shows opening hours in words and phones as tel: links', () => {
    const page = html('placowka/gops-wejherowo');
    expect(text(page)).toContain('poniedziałek–piątek: 7:30–15:30');
    expect(page).toContain('href="tel:+48586776452"');
  });

  it('has pages for every województwo and the helplines, 404, privacy and accessibility statement', () => {
    for (const path of ['placowki/podlaskie', 'placowki/pomorskie', 'telefony-zaufania', 'prywatnosc', 'deklaracja-dostepnosci']) {
      expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    expect(text(html('telefony-zaufania'))).toContain('116 111');
  });

  it('marks approximate locations in words', () => {
    expect(text(html('placowka/mops-kedzierzyn-kozle'))).toContain('położenie przybliżone');
  });

  it('serves every page in Polish', () => {
    expect(html('placowki')).toContain('<html lang="pl"');
  });
});
