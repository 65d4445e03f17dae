import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildLexicon, mergeKeywords, translatedKeywords, type KeywordLists, type Lexicon } from './lexicon.ts';
import { stem, stems } from './stem.ts';
import { UKRAINIAN_FREE_WORDS, UKRAINIAN_STOP_WORDS } from './ukrainian.ts';
import { normalize } from '../../formats/text.ts';

const POLISH: KeywordLists = {
  needs: [
    ['psychologiczne', ['psycholog', 'terapia']],
    ['rozwoj-dziecka', ['orzeczenie', 'logopeda']],
    ['przemoc', ['Niebieska Karta']],
  ],
  types: [['ppp', ['poradnia']]],
  audiences: [['kobiety-w-ciazy', ['ciężarna']]],
};
const UKRAINIAN: KeywordLists = {
  needs: [
    ['psychologiczne', ['Психологічна підтримка', 'психолог', 'психолога', 'psykholoh']],
    ['przemoc', ["б'є", 'Niebieska Karta']],
    ['niepelnosprawnosc', ['інвалідність', 'orzeczenie']],
  ],
  types: [['ppp', ['консультація', 'psykholoh', 'poradnia']]],
  audiences: [['kobiety-w-ciazy', ['вагітна', 'вагітною']]],
};

describe('mergeKeywords', () => {
  const merged = mergeKeywords(POLISH, UKRAINIAN);
  const of = (kind: keyof KeywordLists, id: string) => merged[kind]?.find(([i]) => i === id)?.[1];

  it('adds the Ukrainian words under the same term ids, after the Polish ones', () => {
    expect(of('needs', 'psychologiczne')).toEqual(['psycholog', 'terapia', 'Психологічна підтримка', 'психолог', 'psykholoh']);
    expect(of('types', 'ppp')).toEqual(['poradnia', 'консультація', 'psykholoh']);
    expect(of('needs', 'niepelnosprawnosc')).toEqual(['інвалідність']); // a term without Polish keywords gets its Ukrainian ones
  });
  it('keeps one word per key ("вагітною" is "вагітна")', () => {
    expect(of('audiences', 'kobiety-w-ciazy')).toEqual(['ciężarna', 'вагітна']);
  });
  it('leaves a Polish word of the Ukrainian lists with its Polish meaning: no Polish query changes', () => {
    expect(of('needs', 'niepelnosprawnosc')).not.toContain('orzeczenie'); // Polish: rozwoj-dziecka only
    expect(of('needs', 'przemoc')).toEqual(['Niebieska Karta', "б'є"]);
    const polish = buildLexicon(POLISH);
    const both = buildLexicon(merged);
    for (const w of ['orzeczenie', 'poradnia', 'psycholog', 'ciężarna', 'terapia'].map((w) => stem(normalize(w))))
      expect(both.words.get(w)).toEqual(polish.words.get(w));
  });
});

describe("buildLexicon: another language's free and stop words", () => {
  const lexicon = buildLexicon({ needs: [], types: [], free: ['безкоштовно'], stop: ['мені', 'Будь ласка'] });
  it('are folded and join the Polish ones', () => {
    expect(lexicon.words.get(stem('безкоштовна'))?.free).toBe(true);
    expect(lexicon.words.get(stem('bezplatnie'))?.free).toBe(true);
    expect([...lexicon.stop]).toEqual(['мені', 'будь', 'ласка']);
    expect(buildLexicon({ needs: [], types: [] }).stop.size).toBe(0);
  });
  it('are carried by mergeKeywords', () => {
    const merged = mergeKeywords(POLISH, { ...UKRAINIAN, free: ['задарма'], stop: ['мені'] });
    expect([merged.free, merged.stop]).toEqual([['задарма'], ['мені']]);
  });
});

describe('buildLexicon: phrases', () => {
  const lexicon = buildLexicon({
    needs: [['prawne', ['юрист']]],
    types: [
      ['pomoc-prawna', ['юрист', 'безкоштовний юрист', 'правова допомога']],
      ['urzad-gminy', ['юрист гміни']],
    ],
    audiences: [['dorosli', ['гміна']]],
    free: UKRAINIAN_FREE_WORDS,
  });
  const phrases = lexicon.phrases.map((p) => p.stems.join(' '));
  it('drops a phrase of a free word and words that say the rest on their own', () => {
    expect(phrases).not.toContain('безкош юрист'); // "free" + "lawyer" already say it
  });
  it('keeps a phrase one of whose words means nothing alone, that means more than its words, or that narrows them', () => {
    expect(phrases).toContain('правов допом');
    expect(phrases).toContain('юрист гмін'); // urzad-gminy: neither word says it
    const polish = buildLexicon({
      needs: [['praca', ['praca']]],
      types: [
        ['urzad-gminy', ['urząd']],
        ['urzad-pracy', ['urząd pracy', 'praca']],
      ],
    });
    expect(polish.phrases.map((p) => p.stems.join(' '))).toContain('urzad prac'); // not any "urząd"
  });
});

describe('the real taxonomy: Polish and Ukrainian keywords together', () => {
  type Term = { id: string; name: string; keywords?: string[] };
  const load = (file: string) => parse(readFileSync(`content/taxonomy/${file}`, 'utf8')) as Term[];
  const kinds = ['needs', 'types', 'audiences'] as const;
  const polishLists = Object.fromEntries(
    kinds.map((k) => [
      k,
      load(`${k}.yaml`)
        .filter((t) => t.keywords?.length)
        .map((t) => [t.id, t.keywords!]),
    ]),
  ) as unknown as KeywordLists;
  const ukrainianLists = Object.fromEntries(kinds.map((k) => [k, translatedKeywords(load(`uk/${k}.yaml`))])) as unknown as KeywordLists;
  const polish = buildLexicon(polishLists);
  const both = buildLexicon(mergeKeywords(polishLists, { ...ukrainianLists, free: UKRAINIAN_FREE_WORDS, stop: UKRAINIAN_STOP_WORDS }));
  const meaningOf = (lexicon: Lexicon, word: string) => {
    const key = stems(word).join(' ');
    return lexicon.words.get(key) ?? lexicon.phrases.find((p) => p.stems.join(' ') === key)?.meaning;
  };

  it('every Polish keyword means what it meant before', () => {
    for (const kind of kinds)
      for (const [, words] of polishLists[kind]!) for (const w of words) expect([w, meaningOf(both, w)]).toEqual([w, meaningOf(polish, w)]);
    // and no Polish phrase says so little that it is dropped (see buildLexicon)
    const phrases = new Set(polish.phrases.map((p) => p.stems.join(' ')));
    const polishPhrases = kinds.flatMap((kind) => polishLists[kind]!.flatMap(([, words]) => words.map((w) => stems(w)))).filter((s) => s.length > 1);
    expect(polishPhrases.filter((s) => !phrases.has(s.join(' ')))).toEqual([]);
  });
  it.each([
    ['психолог', 'psycholog'],
    ['psykholoh', 'psycholog'],
    ['юрист', 'prawnik'],
    ['робота', 'praca'],
    ["б'є", 'bije'],
    ['безкоштовно', 'bezpłatnie'],
  ])('"%s" means at least what "%s" means', (uk, pl) => {
    const ukMeaning = meaningOf(both, uk)!;
    const plMeaning = meaningOf(polish, pl)!;
    expect(ukMeaning).toBeDefined();
    expect(ukMeaning.needs).toEqual(expect.arrayContaining(plMeaning.needs));
    expect(Boolean(ukMeaning.free)).toBe(Boolean(plMeaning.free));
  });
  it('"вагітна" is the pregnancy need and the pregnant women, as "ciąża" and "ciężarna"', () => {
    expect(meaningOf(both, 'вагітна')).toMatchObject({ needs: ['ciaza'], audiences: ['kobiety-w-ciazy'] });
  });
  it.each([
    ['психіатр', 'psychologiczne', 'zdrowie'],
    ['ліки', 'zdrowie', 'rzeczy'],
    ['лікар', 'rzeczy', 'zdrowie'],
    ['пологи', 'bezpieczenstwo', 'ciaza'],
    ['поліція', 'ciaza', 'bezpieczenstwo'],
  ])('"%s" does not mean %s, only what its own keywords say (%s)', (word, not, own) => {
    expect(meaningOf(both, word)?.needs).toContain(own);
    expect(meaningOf(both, word)?.needs).not.toContain(not);
  });
});
