import { describe, expect, it } from 'vitest';
import { buildLexicon, mergeKeywords } from './lexicon.ts';
import { normalize } from '../../formats/text.ts';
import { buildPlaceIndex, placeLabel, type PlaceName } from './places.ts';
import { analyzeQuery } from './query.ts';
import { isStopWord } from './stop-words.ts';
import { UKRAINIAN_FREE_WORDS, UKRAINIAN_STOP_WORDS } from './ukrainian.ts';

const lexicon = buildLexicon({
  needs: [
    ['uzaleznienia', ['pije', 'odwyk', 'AA']],
    ['przemoc', ['bije', 'znęca się', 'Niebieska Karta']],
    ['prawne', ['prawnik', 'adwokat']],
  ],
  types: [['ops', ['MOPS', 'GOPS', 'opieka społeczna']]],
});
const PLACES: PlaceName[] = [
  { name: 'Wejherowo', kind: 'gmina', code: '2215011' },
  { name: 'Wejherowo', kind: 'gmina', code: '2215102' },
  { name: 'Kędzierzyn-Koźle', kind: 'gmina', code: '1603011' },
  { name: 'Dąbrowa Białostocka', kind: 'gmina', code: '2011013' },
  { name: 'Dobre', kind: 'gmina', code: '0403042' },
  { name: 'Dąbrowa', kind: 'gmina', code: '1609022' },
  { name: 'Dąbrowa Górnicza', kind: 'gmina', code: '2465011' },
  { name: 'Bije', kind: 'gmina', code: '9999999' }, // synthetic: a place named like a keyword
  { name: 'powiat sokólski', kind: 'powiat', code: '2011' },
];
const places = buildPlaceIndex(PLACES);
const analyze = (q: string) => analyzeQuery(q, { lexicon, places });

describe('stop words', () => {
  it('drop the words of asking, keep the words of the need', () => {
    expect(analyze('co robić gdy mąż pije').terms.map((t) => t.word)).toEqual(['maz', 'pije']);
    expect(analyze('nie mam pracy').terms.map((t) => t.word)).toEqual(['pracy']);
    expect(analyze('jestem w ciąży').terms.map((t) => t.stem)).toEqual(['ciaz']);
    for (const w of ['w', 'dla', 'mam', 'jest', 'co', 'robic']) expect(isStopWord(w)).toBe(true);
    for (const w of ['pomoc', 'praca', 'dziecko', 'maz', 'aa']) expect(isStopWord(w)).toBe(false);
  });
});

describe('keyword expansion', () => {
  it('gives a word the needs and types it means, in any form', () => {
    expect(analyze('pije').terms[0]!.meaning?.needs).toEqual(['uzaleznienia']);
    expect(analyze('adwokata').terms[0]!.meaning?.needs).toEqual(['prawne']);
    expect(analyze('mopsu').terms[0]!.meaning?.types).toEqual(['ops']);
  });
  it('finds phrases, even of stop words ("znęca się"), and "za darmo" means free', () => {
    const a = analyze('mąż się nade mną znęca się');
    expect(a.terms.find((t) => t.word === 'zneca sie')?.meaning?.needs).toEqual(['przemoc']);
    expect(analyze('porada za darmo').terms.find((t) => t.word === 'za darmo')?.meaning?.free).toBe(true);
    expect(analyze('bezplatnie').terms[0]!.meaning?.free).toBe(true);
    expect(analyze('on się znęca').terms.find((t) => t.word === 'sie zneca')?.meaning?.needs).toEqual(['przemoc']);
    expect(analyze('niebieskiej karty').terms[0]!.meaning?.needs).toEqual(['przemoc']);
  });
  it('names the need a query asks about, for the one-click filter', () => {
    expect(analyze('mąż pije, co robić').need).toBe('uzaleznienia');
    expect(analyze('ośrodek pomocy').need).toBeNull();
  });
  it('"pomoc" and "praca" mean no keyword they only resemble', () => {
    expect(analyze('pomoc').terms[0]!.meaning).toBeUndefined();
    expect(analyze('pijalnia').terms[0]!.meaning).toBeUndefined();
  });
});

describe('places in the query', () => {
  it('recognises a gmina in any form and takes it out of the words', () => {
    const a = analyze('asystent rodziny wejherowo');
    expect(a.place?.codes).toEqual(['2215011', '2215102']);
    expect(a.terms.map((t) => t.word)).toEqual(['asystent', 'rodziny']);
    expect(analyze('gops w wejherowie').place?.name).toBe('Wejherowo');
    expect(analyze('pomoc dąbrowa białostocka').place?.codes).toEqual(['2011013']);
    expect(analyze('pomoc w dabrowie bialostockiej').place?.codes).toEqual(['2011013']);
  });
  it('a one-word name that begins longer names means all of them ("dąbrowa")', () => {
    const a = analyze('mops dąbrowa');
    expect(a.place?.codes.sort()).toEqual(['1609022', '2011013', '2465011']);
    expect(placeLabel(a.place!)).toBe('w gminach: Dąbrowa, Dąbrowa Białostocka, Dąbrowa Górnicza');
    expect(analyze('mops dąbrowa górnicza').place?.codes).toEqual(['2465011']);
  });
  it('a double name by its first part: "mops kedzierzyn"', () => {
    const a = analyze('mops kedzierzyn');
    expect(a.place?.codes).toEqual(['1603011']);
    expect(a.placeWords).toEqual(['kedzierzyn']);
  });
  it('a powiat by its adjective, with or without "powiat"', () => {
    expect(analyze('urząd pracy powiat sokólski').place).toMatchObject({ kind: 'powiat', codes: ['2011'] });
    expect(analyze('urząd pracy powiat sokólski').terms.map((t) => t.word)).toEqual(['urzad', 'pracy']);
  });
  it('a keyword is never taken for a place, and a place needs 4 letters on its own', () => {
    expect(analyze('mąż bije').place).toBeNull();
    expect(analyze('mąż bije').terms.map((t) => t.word)).toEqual(['maz', 'bije']);
    expect(analyze('dobre rady').place?.name).toBe('Dobre'); // a real gmina name, not a keyword: recognised
  });
  it('says where it looks, in plain Polish', () => {
    expect(placeLabel({ kind: 'gmina', name: 'Wejherowo', codes: [], names: ['Wejherowo'] })).toBe('w gminie Wejherowo');
    expect(placeLabel({ kind: 'powiat', name: 'powiat sokólski', codes: [], names: ['powiat sokólski'] })).toBe('w powiecie sokólskim');
  });
});

describe('Ukrainian queries', () => {
  // The Polish lists above with Ukrainian keywords of the same terms merged in, as the meta file carries them.
  const both = buildLexicon(
    mergeKeywords(
      {
        needs: [
          ['przemoc', ['bije', 'znęca się']],
          ['prawne', ['prawnik']],
          ['psychologiczne', ['psycholog']],
          ['zdrowie', ['lekarz', 'psychiatra']],
          ['praca', ['praca', 'bez pracy']],
        ],
        types: [['pomoc-prawna', ['prawnik']]],
        audiences: [['kobiety-w-ciazy', ['w ciąży', 'ciężarna']]],
      },
      {
        needs: [
          ['przemoc', ["б'є", 'побиття', 'знущається']],
          ['prawne', ['юрист', 'yuryst']],
          ['psychologiczne', ['психолог', 'психотерапевт', 'psykholoh']],
          ['zdrowie', ['лікар', 'психіатр']],
          ['praca', ['робота', 'без роботи']],
        ],
        types: [['pomoc-prawna', ['юрист', 'безкоштовний юрист']]],
        audiences: [['kobiety-w-ciazy', ['вагітна', 'я вагітна']]],
        free: UKRAINIAN_FREE_WORDS,
        stop: UKRAINIAN_STOP_WORDS,
      },
    ),
  );
  const uk = (q: string) => analyzeQuery(q, { lexicon: both });
  const meaning = (q: string) => uk(q).terms.map((t) => t.meaning);

  it('drops the Ukrainian stop words, as written or folded', () => {
    expect(uk('мені потрібен психолог').terms.map((t) => t.word)).toEqual(['психолог']);
    expect(uk('що робити, якщо мене б’є чоловік').terms.map((t) => t.word)).toEqual(['бє', 'чоловік']);
    expect(uk('де мій юрист').terms.map((t) => t.word)).toEqual(['юрист']);
    for (const w of ['я', 'мені', 'мене', 'що', 'як', 'де', 'в', 'у', 'на', 'для', 'і', 'та', 'не', 'є', 'мій', 'моя', 'meni'])
      expect(both.stop.has(normalize(w))).toBe(true);
    for (const w of ['психолог', 'робота', 'мати', 'чоловік', 'юрист', 'вагітна']) expect(both.stop.has(normalize(w))).toBe(false);
    expect(analyzeQuery('мені потрібен психолог', { lexicon }).terms).toHaveLength(3); // without the Ukrainian lists they are words
  });
  it('no Ukrainian stop word is a Polish word or a Ukrainian keyword', () => {
    for (const w of both.stop) {
      expect(isStopWord(w)).toBe(false);
      expect(both.words.has(w)).toBe(false);
    }
  });
  it('gives a Ukrainian word, in any form, the terms of its Polish equivalent', () => {
    expect(meaning('психологом')).toEqual([{ needs: ['psychologiczne'], types: [], audiences: [] }]);
    expect(meaning('psykholoh')).toEqual(meaning('psycholog'));
    expect(meaning('роботу')).toEqual(meaning('praca'));
    expect(meaning('вагітною')[0]?.audiences).toEqual(['kobiety-w-ciazy']);
    expect(uk("мене б'є чоловік").need).toBe('przemoc');
    expect(uk('я вагітна').terms[0]?.meaning?.audiences).toEqual(['kobiety-w-ciazy']);
    expect(uk('без роботи').terms.map((t) => t.word)).toEqual(['без роботи']);
  });
  it('"юрист безкоштовно" is a lawyer and free, as "prawnik za darmo": the phrase "безкоштовний юрист" says no more', () => {
    const terms = uk('юрист безкоштовно').terms;
    expect(terms.map((t) => t.meaning)).toEqual([
      { needs: ['prawne'], types: ['pomoc-prawna'], audiences: [] },
      { needs: [], types: [], audiences: [], free: true },
    ]);
    expect(both.phrases.map((p) => p.stems.join(' '))).not.toContain('безкош юрист');
    expect(both.phrases.map((p) => p.stems.join(' '))).toEqual(expect.arrayContaining(['bez prac', 'без робот'])); // "bez" alone says nothing: these stay
  });
  it('words that only begin alike mean different things', () => {
    expect(meaning('психіатр')[0]?.needs).toEqual(['zdrowie']);
    expect(meaning('психолог')[0]?.needs).toEqual(['psychologiczne']);
    expect(meaning('ліки')).toEqual([undefined]); // medicine is not the doctor ("лікар")
    expect(meaning('лікування')).toEqual([undefined]); // treatment is not the doctor either
    expect(meaning('юридичний')).toEqual([undefined]);
  });
  it('a Ukrainian word being typed means what the keywords it begins mean; a finished one only its own', () => {
    expect(meaning('психо')[0]?.needs).toEqual(['psychologiczne']);
    expect(meaning('вагі')[0]?.audiences).toEqual(['kobiety-w-ciazy']);
    expect(meaning('психо ')).toEqual([undefined]); // followed by a space: a word of its own
    expect(meaning('псих')[0]?.needs).toEqual(['psychologiczne', 'zdrowie']); // "психіатр" too
    expect(meaning('psycholo')).toEqual([undefined]); // Polish words being typed match the entries' text instead
  });
});
