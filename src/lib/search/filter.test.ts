import { describe, expect, it } from 'vitest';
import { buildIndex, EMPTY_FILTERS, filterRecords, regionReach, shardsFor, type Filters } from './filter.ts';
import { normalize } from '../../formats/text.ts';
import { searchText, type SearchRecord } from './record.ts';
import { mergeKeywords } from './lexicon.ts';
import { UKRAINIAN_FREE_WORDS, UKRAINIAN_STOP_WORDS } from './ukrainian.ts';

const WEEKDAYS_0730_1530 = [[[450, 930]], [[450, 930]], [[450, 930]], [[450, 930]], [[450, 930]], [], []] as const;
const ALWAYS = Array.from({ length: 7 }, () => [[0, 1440]] as const);

function rec(n: string, extra: Partial<SearchRecord> & { text?: string } = {}): SearchRecord {
  const { text = '', ...rest } = extra;
  return { u: `/placowka/${normalize(n).replace(/ /g, '-')}/`, n, t: 'ops', g: '2011022', s: 0, p: '', d: [], a: [], v: [], k: searchText(n, text), ...rest };
}

const mops = rec('Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej', { g: '2011022', d: ['finanse'], f: 1 });
const gops = rec('Gminny Ośrodek Pomocy Społecznej w Wejherowie', { g: '2215102', w: WEEKDAYS_0730_1530, x: 1 });
const ppp = rec('Poradnia Psychologiczno-Pedagogiczna', { t: 'ppp', g: '2011022', s: 1, a: ['dzieci'] });
const pik = rec('Punkt Interwencji Kryzysowej', { t: 'interwencja-kryzysowa', g: '2011022', text: 'rozmowa z psychologiem' });
const pcpr = rec('Powiatowe Centrum Pomocy Rodzinie w Sokółce', { t: 'pcpr', g: '2011063', s: 1 });
const regional = rec('Regionalny Ośrodek Polityki Społecznej', { t: 'rops', g: '2061011', s: 2 });
const helpline = rec('Telefon zaufania dla dzieci i młodzieży', { t: 'telefon-zaufania', g: '', s: 3, w: ALWAYS, f: 1 });
const index = buildIndex([mops, gops, ppp, pik, pcpr, regional, helpline]);
const now = new Date('2026-11-23T10:00:00+01:00'); // a Monday, 10:00 in Poland
const run = (f: Partial<Filters>, at = now) => filterRecords(index, { ...EMPTY_FILTERS, ...f }, at).map((h) => h.record.n);

describe('filterRecords: text', () => {
  it('finds entries without diacritics', () => {
    const hits = run({ q: 'osrodek pomocy spolecznej' });
    expect(hits.slice(0, 2)).toEqual([mops.n, gops.n]); // every word matches
    expect(hits).not.toContain(ppp.n); // no word matches
  });
  it('finds "psycholog" in names and in what services offer, name matches first', () => {
    expect(run({ q: 'psycholog' })).toEqual([ppp.n, pik.n]);
  });
  it('tolerates a small typo', () => {
    expect(run({ q: 'osrodek pomocy spolecnej' })).toContain(mops.n);
    expect(run({ q: 'interwencij' })).toEqual([pik.n]);
  });
  it('finds nothing for words that are nowhere near', () => {
    expect(run({ q: 'xylofon' })).toEqual([]);
  });
});

describe('filterRecords: facets', () => {
  it('a gmina shows its local entries, then the powiat, województwo and national ones', () => {
    const hits = filterRecords(index, { ...EMPTY_FILTERS, gmina: '2011022' }, now);
    expect(hits.map((h) => [h.record.n, h.reach])).toEqual([
      [mops.n, 0],
      [ppp.n, 0],
      [pik.n, 0],
      [pcpr.n, 1],
      [regional.n, 2],
      [helpline.n, 3],
    ]);
  });
  it('a gmina elsewhere gets only the national services', () => {
    expect(run({ gmina: '1465011' })).toEqual([helpline.n]);
  });
  it('type, need, audience, free and accessibility narrow the results', () => {
    expect(run({ type: 'ppp' })).toEqual([ppp.n]);
    expect(run({ need: 'finanse' })).toEqual([mops.n]);
    expect(run({ audience: 'dzieci' })).toHaveLength(7); // an audience orders, it does not hide (below)
    expect(run({ free: true })).toEqual([mops.n, helpline.n]);
    expect(run({ accessibility: true })).toEqual([gops.n]);
  });
  it('"open now" follows the clock', () => {
    expect(run({ openNow: true })).toEqual([gops.n, helpline.n]);
    expect(run({ openNow: true }, new Date('2026-11-23T16:00:00+01:00'))).toEqual([helpline.n]);
    expect(run({ openNow: true }, new Date('2026-11-22T10:00:00+01:00'))).toEqual([helpline.n]); // Sunday
  });
});

describe('filterRecords: the language of service', () => {
  const ukrainian = rec('Punkt Wsparcia dla Rodzin z Ukrainy', { t: 'interwencja-kryzysowa', g: '2011022', j: ['uk', 'ru'] });
  const english = rec('Centrum Pomocy Cudzoziemcom', { g: '2215102', j: ['en'] });
  const withLanguages = buildIndex([mops, gops, ukrainian, english, helpline]);
  const runIn = (f: Partial<Filters>) => filterRecords(withLanguages, { ...EMPTY_FILTERS, ...f }, now).map((h) => h.record.n);
  it('"jezyk=uk" keeps only the entries that serve in Ukrainian', () => {
    expect(runIn({ language: 'uk' })).toEqual([ukrainian.n]);
    expect(runIn({ language: 'ru' })).toEqual([ukrainian.n]);
    expect(runIn({ language: 'en' })).toEqual([english.n]);
    expect(runIn({ language: 'de' })).toEqual([]);
  });
  it('combines with the region and the words', () => {
    expect(runIn({ language: 'uk', gmina: '2215102' })).toEqual([]);
    expect(runIn({ language: 'uk', gmina: '2011022', q: 'wsparcie' })).toEqual([ukrainian.n]);
  });
  it('Polish or no language changes nothing: every entry serves in Polish', () => {
    expect(runIn({ language: 'pl' })).toEqual(runIn({}));
    expect(runIn({}).length).toBe(5);
  });
});

describe('regionReach and shards', () => {
  it('a powiat includes its gminas, the województwo services and national ones', () => {
    expect(regionReach(mops, { wojewodztwo: '20', powiat: '2011', gmina: '' })).toBe(0);
    expect(regionReach(regional, { wojewodztwo: '20', powiat: '2011', gmina: '' })).toBe(2);
    expect(regionReach(gops, { wojewodztwo: '20', powiat: '2011', gmina: '' })).toBeNull();
    expect(regionReach(helpline, { wojewodztwo: '22', powiat: '', gmina: '' })).toBe(3);
  });
  it('loads one województwo and the national file when a region is chosen, else all', () => {
    expect(shardsFor({ wojewodztwo: '', powiat: '', gmina: '2011022' }, ['02', '20', 'kraj'])).toEqual(['20', 'kraj']);
    expect(shardsFor({ wojewodztwo: '', powiat: '', gmina: '' }, ['02', '20', 'kraj'])).toEqual(['02', '20', 'kraj']);
  });
});

describe('filterRecords: typing narrows the previous hits', () => {
  it('gives the same results as a fresh search at every step, including after a typo and a deletion', () => {
    const typing = buildIndex([mops, gops, ppp, pik, pcpr, regional, helpline]);
    const fresh = (q: string) => filterRecords(buildIndex([mops, gops, ppp, pik, pcpr, regional, helpline]), { ...EMPTY_FILTERS, q }, now);
    for (const q of ['o', 'os', 'osr', 'osrodek', 'osrodek ', 'osrodek p', 'osrodek pomocy', 'osrodek pomocy spolecnej', 'osrodek', 'p', 'psycholog', 'ps']) {
      expect(filterRecords(typing, { ...EMPTY_FILTERS, q }, now)).toEqual(fresh(q));
    }
  });
});

describe('filterRecords: "open now" agrees with openState', () => {
  it('at every quarter hour of a week', async () => {
    const { openState } = await import('../hours/open-now.ts');
    for (let t = Date.parse('2026-11-23T00:00:00+01:00'); t < Date.parse('2026-11-30T00:00:00+01:00'); t += 15 * 60_000) {
      const at = new Date(t);
      expect(run({ openNow: true }, at).includes(gops.n)).toBe(openState(gops.w!, at).open);
    }
  });
});

describe('filterRecords: the words families use', () => {
  const KEYWORDS = {
    needs: [
      ['uzaleznienia', ['pije', 'picie', 'odwyk', 'alkohol', 'AA']],
      ['przemoc', ['bije', 'znęca się', 'Niebieska Karta']],
      ['prawne', ['prawnik', 'adwokat']],
      ['praca', ['bezrobotny', 'bez pracy']],
    ] as [string, string[]][],
    types: [['gkrpa', ['komisja alkoholowa']]] as [string, string[]][],
    audiences: [['osoby-uzaleznione', ['alkoholik', 'uzależniony']]] as [string, string[]][],
  };
  const gkrpa = rec('Gminna Komisja Rozwiązywania Problemów Alkoholowych', { t: 'gkrpa', d: ['uzaleznienia'], g: '2011013', a: ['rodziny-z-dziecmi'] });
  const aa = rec('Grupa AA „Ostatni Dzwonek”', { t: 'grupa', d: ['uzaleznienia'], g: '2011013', a: ['osoby-uzaleznione'] });
  const pik2 = rec('Punkt Interwencji Kryzysowej', { t: 'pik', d: ['przemoc', 'prawne'], g: '2011013', f: 1, text: 'Porady prawne' });
  const pup = rec('Powiatowy Urząd Pracy w Sokółce', { t: 'urzad-pracy', d: ['praca'], g: '2011083', s: 1, text: 'Oferty pracy' });
  const pracownia = rec('Pracownia Ceramiki', { t: 'kultura', g: '2011013', a: ['wszyscy'] });
  const pomorskie = rec('Pomorskie Centrum Rodziny', { t: 'ngo', g: '2215102', text: 'województwo pomorskie' });
  const mops2 = rec('Miejski Ośrodek Pomocy Społecznej', { d: ['pieniadze'], g: '2011013', r: '2026-10-01' } as Partial<SearchRecord>);
  const older = rec('Miejski Ośrodek Pomocy Społecznej – filia', { d: ['pieniadze'], g: '2011013', r: '2025-01-01' } as Partial<SearchRecord>);
  const places = [
    { name: 'Wejherowo', kind: 'gmina' as const, code: '2215011' },
    { name: 'Wejherowo', kind: 'gmina' as const, code: '2215102' },
    { name: 'Dąbrowa Białostocka', kind: 'gmina' as const, code: '2011013' },
    { name: 'powiat sokólski', kind: 'powiat' as const, code: '2011' },
  ];
  const idx = buildIndex([pracownia, pomorskie, gkrpa, aa, pik2, pup, older, mops2], { keywords: KEYWORDS, places });
  const find = (q: string, f: Partial<Filters> = {}) => filterRecords(idx, { ...EMPTY_FILTERS, q, ...f }, now).map((h) => h.record.n);

  it('a keyword of a need finds its entries, whatever words they use ("mąż pije" → the commission and AA)', () => {
    expect(find('mąż pije').slice(0, 2).sort()).toEqual([aa.n, gkrpa.n].sort());
    expect(find('odwyk')).toEqual(expect.arrayContaining([gkrpa.n, aa.n]));
  });
  it('stop words are ignored and a sentence ranks by how many meaningful words match', () => {
    expect(find('co robić gdy mąż pije')[0]).toMatch(/Komisja|AA/);
    expect(find('darmowy prawnik')[0]).toBe(pik2.n); // free + legal: both words
    expect(find('nie mam pracy')).toEqual([pup.n]);
  });
  it('keyword phrases work even when their words are stop words ("znęca się")', () => {
    expect(find('mąż się nade mną znęca się')[0]).toBe(pik2.n);
  });
  it('inflected forms match ("porady prawne" finds "Porady prawne", "pracy" finds "Pracy")', () => {
    expect(find('porada prawna')[0]).toBe(pik2.n);
    expect(find('urzędzie pracy')[0]).toBe(pup.n);
  });
  it('"pomoc" does not find "pomorskie" and "praca" does not find "pracownia"', () => {
    expect(find('pomoc')).not.toContain(pomorskie.n);
    expect(find('praca')).not.toContain(pracownia.n);
    expect(find('praca')).toContain(pup.n);
  });
  it('missing diacritics and a one-letter typo still work', () => {
    expect(find('urzad pracy sokolka')[0]).toBe(pup.n);
    expect(find('komisja alkoholowa')[0]).toBe(gkrpa.n);
    expect(find('kommisja')).toContain(gkrpa.n);
    expect(find('osrodek pomocy spolecnej')).toEqual(expect.arrayContaining([mops2.n, older.n]));
  });
  it('among equal matches the more recently verified entry comes first; without a date it still works', () => {
    expect(find('osrodek pomocy').slice(0, 2)).toEqual([mops2.n, older.n]);
  });
  it('a place in the query becomes the region: "komisja alkoholowa dabrowa bialostocka", "urzad pracy w wejherowie"', () => {
    expect(find('komisja alkoholowa dabrowa bialostocka')).toEqual([gkrpa.n]);
    expect(find('pomorskie centrum wejherowo')).toEqual([pomorskie.n]);
    expect(find('centrum w wejherowie')[0]).toBe(pomorskie.n);
    expect(find('pomoc wejherowo')).not.toContain(gkrpa.n);
    // the powiat by its adjective: local first, the powiat's office included
    expect(find('praca powiat sokolski')).toEqual([pup.n]);
  });
  it('a chosen region wins over a place in the query', () => {
    expect(find('centrum wejherowo', { gmina: '2011013' })).not.toContain(pomorskie.n);
  });
  it('a chosen audience orders the results and never hides an entry whose needs match', () => {
    const hits = find('', { need: 'uzaleznienia', audience: 'osoby-uzaleznione' });
    expect(hits).toEqual([aa.n, gkrpa.n]);
    expect(find('', { need: 'uzaleznienia' })).toHaveLength(2);
  });
  it('a keyword of an audience finds the entries for that audience first ("uzależniony syn" → AA, not the commission)', () => {
    expect(find('alkoholik')).toEqual([aa.n]);
    expect(find('uzależniony syn pije')[0]).toBe(aa.n);
    expect(find('uzależniony syn pije')).toContain(gkrpa.n);
  });
});

describe('filterRecords: the words Ukrainian families use', () => {
  // Polish keywords with the Ukrainian ones of the same terms merged in, as the meta file carries them (src/data/search-index.ts).
  const KEYWORDS = mergeKeywords(
    {
      needs: [
        ['psychologiczne', ['psycholog', 'terapia']],
        ['przemoc', ['bije', 'przemoc']],
        ['prawne', ['prawnik', 'adwokat']],
        ['praca', ['praca', 'bez pracy']],
        ['ciaza', ['ciąża', 'w ciąży']],
        ['zdrowie', ['lekarz', 'psychiatra']],
        ['rzeczy', ['leki', 'jedzenie']],
      ],
      types: [['urzad-pracy', ['praca', 'urząd pracy']]],
      audiences: [['kobiety-w-ciazy', ['ciężarna']]],
    },
    {
      needs: [
        ['psychologiczne', ['психолог', 'психотерапевт', 'psykholoh']],
        ['przemoc', ["б'є", 'побиття', 'насильство']],
        ['prawne', ['юрист', 'адвокат', 'yuryst']],
        ['praca', ['робота', 'без роботи']],
        ['ciaza', ['вагітність', 'вагітна', 'vahitna']],
        ['zdrowie', ['лікар', 'психіатр']],
        ['rzeczy', ['ліки', 'їжа']],
      ],
      types: [['urzad-pracy', ['робота', 'бюро праці']]],
      audiences: [['kobiety-w-ciazy', ['вагітна']]],
      free: UKRAINIAN_FREE_WORDS,
      stop: UKRAINIAN_STOP_WORDS,
    },
  );
  const poradnia = rec('Poradnia Psychologiczno-Pedagogiczna', { t: 'ppp', d: ['psychologiczne', 'rozwoj-dziecka'], g: '2011013' });
  const pik = rec('Punkt Interwencji Kryzysowej', { t: 'interwencja-kryzysowa', d: ['przemoc', 'prawne', 'psychologiczne'], g: '2011013', f: 1 });
  const policja = rec('Komisariat Policji', { t: 'policja', d: ['przemoc', 'bezpieczenstwo'], g: '2011013' });
  const pup = rec('Powiatowy Urząd Pracy w Sokółce', { t: 'urzad-pracy', d: ['praca'], g: '2011083', s: 1 });
  const przychodnia = rec('Przychodnia', { t: 'zdrowie', d: ['zdrowie', 'ciaza'], g: '2011013', a: ['kobiety-w-ciazy'] });
  const bank = rec('Bank Żywności', { t: 'organizacja-pozarzadowa', d: ['rzeczy'], g: '2011013' });
  const kancelaria = rec('Kancelaria – porady', { t: 'organizacja-pozarzadowa', d: ['prawne'], g: '2011013' }); // legal, not free
  const idx = buildIndex([poradnia, pik, policja, pup, przychodnia, bank, kancelaria], { keywords: KEYWORDS });
  const find = (q: string) => filterRecords(idx, { ...EMPTY_FILTERS, q, gmina: '2011013' }, now).map((h) => h.record.n);
  const same = (a: string[], b: string[]) => expect([...a].sort()).toEqual([...b].sort());

  it('a Ukrainian query finds what its Polish equivalent finds', () => {
    same(find('психолог'), [poradnia.n, pik.n]);
    same(find('психолог'), find('terapia'));
    same(find('мене б’є чоловік').slice(0, 2), [pik.n, policja.n]);
    same(find('робота'), find('praca'));
    same(find('вагітна'), find('ciężarna'));
    same(find('вагітна'), [przychodnia.n]);
    expect(find('юрист безкоштовно')[0]).toBe(pik.n); // legal and free first, as "prawnik za darmo"
    expect(find('юрист безкоштовно')).toEqual(find('prawnik za darmo'));
  });
  it('Latin transliterations work as the Cyrillic words do', () => {
    expect(find('psykholoh')).toEqual(find('психолог'));
    expect(find('vahitna')).toEqual(find('вагітна'));
    expect(find('yuryst')).toEqual(find('юрист'));
  });
  it('other forms of the word find the same entries ("психологом", "роботу", "вагітною")', () => {
    expect(find('психологом')).toEqual(find('психолог'));
    expect(find('шукаю роботу')).toEqual([pup.n]);
    expect(find('вагітною')).toEqual([przychodnia.n]);
  });
  it("words that only begin alike do not find each other's entries", () => {
    expect(find('психіатр')).toEqual([przychodnia.n]); // not the psychological clinic
    expect(find('ліки')).toEqual([bank.n]); // medicine is not the doctor ("лікар")
    expect(find('лікар')).toEqual([przychodnia.n]);
    expect(find('психолог')).not.toContain(przychodnia.n);
  });
  it('a query of Ukrainian stop words alone finds no more than an empty one', () => {
    expect(find('мені що як де')).toEqual(find(''));
  });
});
