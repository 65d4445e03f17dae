/**
 * The words people use, mapped to what the directory calls them: each need, institution type and audience
 * of the taxonomy carries `keywords` (content/taxonomy/needs.yaml, types.yaml, audiences.yaml), everyday
 * words and phrases ("pije", "odwyk", "znęca się", "nastolatek"…). A query word that is such a keyword
 * finds the entries with that need, type or audience, whatever words the entry itself uses.
 */
import { stems } from './stem.ts';

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
}

/** [term id, keywords] for needs, types and audiences, as the taxonomy holds them. */
export interface KeywordLists {
  needs: [string, string[]][];
  types: [string, string[]][];
  audiences?: [string, string[]][];
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
  for (const k of FREE_WORDS) add(k, (m) => (m.free = true));
  return { words, phrases: [...phrases.values()].sort((a, b) => b.stems.length - a.stems.length) };
}
