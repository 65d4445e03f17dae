import { describe, expect, it } from 'vitest';
import { COSTS, PRECISIONS, REACHES, RESOURCE_GROUPS, SERVICE_AREAS, STATUSES } from '../schemas/vocabulary.ts';
import { count, label, t, termName } from './index.ts';
import { pl } from './locales/pl.ts';
import { createTranslator, type Dictionary } from './translate.ts';

/** Every language file in locales/: adding `uk.ts` or `en.ts` puts it under the tests below. */
const locales = import.meta.glob<Record<string, Dictionary>>('./locales/*.ts', { eager: true });
const dictionaries = Object.entries(locales).map(([path, module]) => {
  const code = path.replace(/^.*\/|\.ts$/g, '');
  return [code, module[code]!] as const;
});

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
  it('finds its language files, Polish first among them', () => {
    expect(dictionaries.map(([code]) => code)).toContain('pl');
    for (const [code, words] of dictionaries) expect(words, `locales/${code}.ts exports \`${code}\``).toBeTypeOf('object');
  });

  it.each(dictionaries.filter(([code]) => code !== 'pl'))('%s has exactly the keys of Polish', (_code, words) => {
    const keys = Object.keys(words).sort();
    const reference = Object.keys(pl).sort();
    expect(
      reference.filter((k) => !keys.includes(k)),
      'keys missing',
    ).toEqual([]);
    expect(
      keys.filter((k) => !reference.includes(k)),
      'keys Polish does not have',
    ).toEqual([]);
  });

  it.each(dictionaries)('%s: every counted word has its three forms, every {parameter} is the same as in Polish', (_code, words) => {
    const forms = Object.keys(words).filter((k) => k.startsWith('count.'));
    for (const key of forms) {
      const stem = key.replace(/\.(one|few|many)$/, '');
      expect(
        ['one', 'few', 'many'].map((f) => `${stem}.${f}` in words),
        key,
      ).toEqual([true, true, true]);
    }
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(words)) expect(params(text), key).toEqual(params(pl[key as keyof typeof pl]));
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
});
