/**
 * The words people use, mapped to what the directory calls them: each need, institution type and audience
 * of the taxonomy carries `keywords` (content/taxonomy/needs.yaml, types.yaml, audiences.yaml), everyday
 * words and phrases ("pije", "odwyk", "znęca się", "nastolatek"…). A query word that is such a keyword
 * finds the entries with that need, type or audience, whatever words the entry itself uses.
 *
 * The Ukrainian keywords of the same terms (content/taxonomy/uk/, with their Latin transliterations) join the
 * Polish ones under the same ids: "психолог" and "psykholoh" find what "psycholog" finds. A Cyrillic word is
 * keyed by its first letters (`prefixKey` in stem.ts), as the Polish ones by their stems.
 */
import { tokens } from '../../formats/text.ts';
import { isCyrillic, stems } from './stem.ts';

export interface Meaning {
  needs: string[];
  types: string[];
  audiences: string[];
  /** "za darmo", "bezpłatnie": entries with a free service */
  free?: boolean;
}

export interface Phrase {
  stems: string[];
  meaning: Meaning;
}

export interface Lexicon {
  /** one-word keywords by stem */
  words: Map<string, Meaning>;
  /** keywords of several words, longest first */
  phrases: Phrase[];
  /** stop words besides the Polish ones (stop-words.ts), folded */
  stop: ReadonlySet<string>;
}

/** [term id, keywords] for needs, types and audiences, as the taxonomy holds them. */
export interface KeywordLists {
  needs: [string, string[]][];
  types: [string, string[]][];
  audiences?: [string, string[]][];
  /** words that ask for free help besides FREE_WORDS: another language's (src/lib/search/ukrainian.ts) */
  free?: string[];
  /** stop words besides the Polish ones: another language's */
  stop?: string[];
}

const noMeaning = (): Meaning => ({ needs: [], types: [], audiences: [] });

/** Words that ask for help free of charge; they are not a need or a type, so they live here. */
export const FREE_WORDS = [
  'za darmo',
  'darmowy',
  'darmowa',
  'darmowe',
  'bezpłatny',
  'bezpłatna',
  'bezpłatne',
  'bezpłatnie',
  'nieodpłatny',
  'nieodpłatna',
  'nieodpłatnie',
];

/**
 * [id, words] of a translated taxonomy: each term's name, then its keywords. A translated type's name keeps the
 * Polish office's name before " — " (content/taxonomy/uk/types.yaml): only the explanation after it is taken.
 */
export function translatedKeywords(terms: readonly { id: string; name: string; keywords?: string[] }[]): [string, string[]][] {
  return terms.map((t) => [t.id, [t.name.split(' — ').at(-1)!, ...(t.keywords ?? [])]]);
}

/**
 * Another language's keywords added to the Polish ones, term by term (same ids; a term keeps its place; one word
 * per key), and its free and stop words. A word of the other lists in Latin letters that the Polish lists already
 * hold, for any term ("orzeczenie", "Niebieska Karta" in the Ukrainian lists), keeps its Polish meaning only, so a
 * Polish keyword means what it meant before; the Ukrainian transliterations ("psykholoh") are added.
 */
export function mergeKeywords(polish: KeywordLists, other: KeywordLists): KeywordLists {
  const key = (word: string) => stems(word).join(' ');
  const kinds = ['needs', 'types', 'audiences'] as const;
  const known = new Set(kinds.flatMap((kind) => (polish[kind] ?? []).flatMap(([, words]) => words.map(key))));
  const merge = (kind: (typeof kinds)[number]): [string, string[]][] => {
    const terms = new Map((polish[kind] ?? []).map(([id, words]) => [id, { words: [...words], keys: new Set(words.map(key)) }]));
    for (const [id, words] of other[kind] ?? []) {
      const term = terms.get(id) ?? { words: [], keys: new Set<string>() };
      for (const w of words) {
        const k = key(w);
        if (!k || term.keys.has(k) || (!isCyrillic(k) && known.has(k))) continue;
        term.words.push(w);
        term.keys.add(k);
      }
      if (term.words.length) terms.set(id, term);
    }
    return [...terms].map(([id, t]) => [id, t.words]);
  };
  const more = (list: 'free' | 'stop') => [...new Set([...(polish[list] ?? []), ...(other[list] ?? [])])];
  return { needs: merge('needs'), types: merge('types'), audiences: merge('audiences'), free: more('free'), stop: more('stop') };
}

export function buildLexicon(lists: KeywordLists): Lexicon {
  const words = new Map<string, Meaning>();
  const phrases = new Map<string, Phrase>();
  const add = (keyword: string, patch: (m: Meaning) => void) => {
    const s = stems(keyword);
    if (s.length === 0) return;
    const key = s.join(' ');
    let meaning: Meaning;
    if (s.length === 1) {
      meaning = words.get(key) ?? noMeaning();
      words.set(key, meaning);
    } else {
      const phrase = phrases.get(key) ?? { stems: s, meaning: noMeaning() };
      phrases.set(key, phrase);
      meaning = phrase.meaning;
    }
    patch(meaning);
  };
  const push = (list: string[], id: string) => {
    if (!list.includes(id)) list.push(id);
  };
  for (const [id, keywords] of lists.needs) for (const k of keywords) add(k, (m) => push(m.needs, id));
  for (const [id, keywords] of lists.types) for (const k of keywords) add(k, (m) => push(m.types, id));
  for (const [id, keywords] of lists.audiences ?? []) for (const k of keywords) add(k, (m) => push(m.audiences, id));
  for (const k of [...FREE_WORDS, ...(lists.free ?? [])]) add(k, (m) => (m.free = true));
  // A phrase of a free word and words that say the rest on their own would take "free" away ("безкоштовний
  // юрист" is "free" and "lawyer": as a phrase only the legal-aid point). Other phrases narrow their words
  // ("urząd pracy" is not any "urząd") and stay.
  const kept = [...phrases.values()].filter((p) => !freeAndItsWords(p, words));
  return { words, phrases: kept.sort((a, b) => b.stems.length - a.stems.length), stop: new Set((lists.stop ?? []).flatMap(tokens)) };
}

function freeAndItsWords(phrase: Phrase, words: ReadonlyMap<string, Meaning>): boolean {
  const own = phrase.stems.map((s) => words.get(s));
  if (own.some((m) => !m) || !own.some((m) => m!.free)) return false;
  const covered = (pick: (m: Meaning) => string[]) => pick(phrase.meaning).every((id) => own.some((m) => pick(m!).includes(id)));
  return covered((m) => m.needs) && covered((m) => m.types) && covered((m) => m.audiences);
}
