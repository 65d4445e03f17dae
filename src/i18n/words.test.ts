import { describe, expect, it } from 'vitest';
import { COSTS, PRECISIONS, REACHES, RESOURCE_GROUPS, SERVICE_AREAS, STATUSES } from '../schemas/vocabulary.ts';
import { count, label, t, termName } from './index.ts';
import { translator } from './all.ts';
import { pl } from './locales/pl.ts';
import { LANGS } from './langs.ts';
import { createTranslator, type Dictionary } from './translate.ts';

/**
 * Every language file in locales/: the shared words (locales/<lang>.ts) and each area's words
 * (locales/<area>/<lang>.ts). Polish is the reference of its folder; every language of LANGS must be there.
 */
const locales = import.meta.glob<Record<string, Record<string, string>>>('./locales/**/*.ts', { eager: true });
const files = Object.entries(locales).map(([path, module]) => {
  const [, area = '', code = ''] = /^\.\/locales\/(?:(.+)\/)?([^/]+)\.ts$/.exec(path) ?? [];
  return { area: area || 'shared', code, words: module[code]! };
});
const dictionaries = files.filter((f) => f.area === 'shared').map((f) => [f.code, f.words as Dictionary] as const);
const areas = [...new Set(files.map((f) => f.area))];
const reference = (area: string) => files.find((f) => f.area === area && f.code === 'pl')!.words;

describe('Polish plurals', () => {
  it.each([
    [1, '1 placówka'],
    [2, '2 placówki'],
    [4, '4 placówki'],
    [5, '5 placówek'],
    [12, '12 placówek'],
    [22, '22 placówki'],
    [25, '25 placówek'],
    [0, '0 placówek'],
  ])('%i → %s', (n, text) => expect(count(n, 'institution')).toBe(text));
});

describe('the words of the interface', () => {
  it('finds its language files, Polish among them', () => {
    expect(dictionaries.map(([code]) => code)).toContain('pl');
    expect(areas).toContain('shared');
  });

  it.each(areas)('%s: every language of the interface has its file (no silent fallback to Polish)', (area) => {
    expect(
      files
        .filter((f) => f.area === area)
        .map((f) => f.code)
        .sort(),
    ).toEqual([...LANGS].sort());
    for (const f of files.filter((file) => file.area === area)) expect(f.words, `locales/${area}/${f.code}.ts exports \`${f.code}\``).toBeTypeOf('object');
  });

  it.each(files.filter((f) => f.code !== 'pl'))(
    '$area/$code has exactly the keys of Polish, and no text left empty where Polish has one',
    ({ area, words }) => {
      const polish = reference(area);
      const keys = Object.keys(words).sort();
      const expected = Object.keys(polish).sort();
      expect(
        expected.filter((k) => !keys.includes(k)),
        'keys missing',
      ).toEqual([]);
      expect(
        keys.filter((k) => !expected.includes(k)),
        'keys Polish does not have',
      ).toEqual([]);
      expect(
        expected.filter((k) => polish[k] !== '' && !words[k]?.trim()),
        'texts left empty',
      ).toEqual([]);
    },
  );

  it.each(files)('$area/$code: every counted word has its three forms, every {parameter} is the same as in Polish', ({ area, words }) => {
    const polish = reference(area);
    const forms = Object.keys(words).filter((k) => k.startsWith('count.'));
    for (const key of forms) {
      const stem = key.replace(/\.(one|few|many)$/, '');
      expect(
        ['one', 'few', 'many'].map((f) => `${stem}.${f}` in words),
        key,
      ).toEqual([true, true, true]);
    }
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(words)) expect(params(text), key).toEqual(params(polish[key] ?? ''));
  });

  it('labels every value of the vocabulary', () => {
    for (const value of COSTS) {
      expect(label('cost', value)).not.toBe('');
      expect(label('cost.inline', value)).not.toBe('');
    }
    for (const value of STATUSES) expect(label('status', value)).not.toBe('');
    for (const value of SERVICE_AREAS) {
      expect(label('area', value)).not.toBe('');
      expect(label('area.of', value, { name: 'X' })).not.toBe('');
    }
    for (const value of PRECISIONS) expect(label('precision', value)).not.toBe('');
    for (const value of RESOURCE_GROUPS) expect(label('resourceGroup', value)).not.toBe('');
    for (const value of REACHES) {
      expect(label('reach', value)).not.toBe('');
      expect(label('reach.reason', value)).not.toBe('');
      expect(label('reach.heading', value)).not.toBe('');
    }
    // No key is left as its own text by a typo in a vocabulary name.
    for (const [key, text] of Object.entries(pl)) expect(text, key).not.toBe(key);
  });

  it('says the values as the pages always have', () => {
    expect(label('cost', 'free')).toBe('bezpłatne');
    expect(label('cost.inline', 'free')).toBe('bezpłatnie');
    expect(label('status.notice', 'temporarily-closed')).toBe('Placówka jest czasowo zamknięta.');
    expect(label('status.notice', 'active')).toBe('');
    expect(label('area.of', 'gmina', { name: 'Wejherowo' })).toBe('gmina Wejherowo');
    expect(label('area.of', 'powiat', { name: 'powiat sokólski' })).toBe('powiat sokólski');
    expect(label('reach', 3)).toBe('Ogólnopolskie');
    expect(t('catalogue.verified', { date: '1 grudnia 2026' })).toBe('Dane sprawdzono: 1 grudnia 2026.');
  });

  it('leaves an unknown parameter as written', () => {
    expect(t('catalogue.verified')).toBe('Dane sprawdzono: {date}.');
    expect(t('catalogue.verified', { other: 'x' })).toBe('Dane sprawdzono: {date}.');
  });

  it('names a term by its id, or gives the id back', () => {
    const terms = [{ id: 'ops', name: 'Ośrodek pomocy społecznej' }];
    expect(termName(terms, 'ops')).toBe('Ośrodek pomocy społecznej');
    expect(termName(terms, 'nieznany')).toBe('nieznany');
  });

  it('binds another language to its own plural rules', () => {
    const other = createTranslator({ ...pl, 'count.result.one': 'result', 'count.result.few': 'results', 'count.result.many': 'results' }, 'en');
    expect(other.count(1, 'result')).toBe('1 result');
    expect(other.count(3, 'result')).toBe('3 results');
  });

  it('counts and dates in Ukrainian and English by their own rules', () => {
    const ukr = translator('uk');
    expect([1, 2, 5, 21, 22, 25, 11].map((n) => ukr.count(n, 'institution'))).toEqual([
      '1 установа',
      '2 установи',
      '5 установ',
      '21 установа',
      '22 установи',
      '25 установ',
      '11 установ',
    ]);
    expect(translator('en').count(1, 'result')).toBe('1 result');
    expect(translator('en').count(2, 'result')).toBe('2 results');
    expect(translator('pl').date('2026-12-01')).toBe('1 grudnia 2026');
    expect(ukr.date('2026-12-01')).toMatch(/^1 грудня 2026/);
    expect(translator('en').date('2026-12-01')).toBe('1 December 2026');
  });
});
