/**
 * A light Polish stemmer for the site's search: one ending is cut from a folded word (see src/formats/text.ts),
 * so "ciąży", "ciążę" and "ciąża" all become "ciaz", "porady" and "porada" become "porad". It does not try
 * to find dictionary forms: it only has to give the same stem to the forms people type and the forms
 * the entries use, and different stems to different words ("pomoc" ≠ "pomorskie", "praca" ≠ "pracownia").
 * The same function runs at build time over the records and in the browser over the query.
 *
 * A Ukrainian (Cyrillic) word gets no stemmer: its key is its first letters (`prefixKey`), so the forms people
 * type meet the keywords of the taxonomy ("психолога", "психологом" → "психол"; "роботу", "роботою" → "робот").
 */
import { tokens } from '../../formats/text.ts';

/** Endings, longest first (folded: "ą" is "a", "ę" is "e"). */
const ENDINGS = [
  'owi',
  'ami',
  'ach',
  'ego',
  'emu',
  'ymi',
  'imi',
  'ych',
  'ich',
  'iej',
  'iem',
  'ow',
  'ia',
  'ie',
  'ii',
  'ej',
  'em',
  'om',
  'ym',
  'im',
  'mi',
  'a',
  'e',
  'i',
  'y',
  'o',
  'u',
];

/** A stem keeps at least this many letters, so short words ("aa", "ops", "dom") stay whole. */
const MIN_STEM = 3;

/**
 * A few frequent words change inside, not only at the end (dziecko – dzieci, mąż – męża); their forms
 * get one stem here. Folded forms.
 */
const IRREGULAR: Record<string, string> = {
  dzieci: 'dzieck',
  dzieciom: 'dzieck',
  dziecmi: 'dzieck',
  dzieciach: 'dzieck',
  maz: 'maz',
  meza: 'maz',
  mezem: 'maz',
  mezowi: 'maz',
  mezu: 'maz',
  ludzie: 'czlowiek',
  ludzi: 'czlowiek',
};

/** A Ukrainian word is keyed by at most this many first letters. */
export const PREFIX_LETTERS = 6;

const CYRILLIC = /\p{Script=Cyrillic}/u;
export const isCyrillic = (word: string) => CYRILLIC.test(word);
/**
 * Folded Cyrillic vowels and the soft sign (й is folded to и, ї to і, ё to е), written as escapes: the builder's
 * first-load code holds no Cyrillic text (tests/integration/builder-languages.test.ts).
 */
const TRAILING_VOWELS = /[\u0430\u0435\u0454\u0438\u0456\u043e\u0443\u044e\u044f\u044b\u044d\u044c]+$/u;

/**
 * The key of a folded Cyrillic word: the word less the vowels it ends in, cut to its first 6 letters (and a vowel
 * the cut ends in, when 5 letters stay), never under 3 letters; a word of 3 letters or fewer stays whole. So the
 * forms people type meet ("вагітна", "вагітність" → "вагітн"; "юрист", "юриста", "юристом" → "юрист") and
 * different words stay apart ("психолог" ≠ "психіатр", "ліки" ≠ "лікар", "пологи" ≠ "поліція"). No ending that
 * changes a short word's last consonant is undone ("ліків" ≠ "ліки").
 */
export function prefixKey(word: string): string {
  if (word.length <= 3) return word;
  let key = word.replace(TRAILING_VOWELS, '');
  if (key.length < 3) return word.slice(0, 3);
  if (key.length > PREFIX_LETTERS) {
    key = key.slice(0, PREFIX_LETTERS);
    const cut = key.replace(TRAILING_VOWELS, '');
    if (cut.length >= PREFIX_LETTERS - 1) key = cut;
  }
  return key;
}

/** The stem of one folded word (the prefix key of a Ukrainian one). */
export function stem(word: string): string {
  if (isCyrillic(word)) return prefixKey(word);
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= MIN_STEM || /\d/.test(word)) return word;
  let s = word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
      s = word.slice(0, -ending.length);
      break;
    }
  }
  // A vowel that drops in other forms: ośrodek – ośrodka, zasiłek – zasiłku, dzień – dnia is left alone.
  if (s.length > MIN_STEM + 1 && s.endsWith('ek')) s = `${s.slice(0, -2)}k`;
  return s;
}

/** The stems of a text's words, in order (folded first). */
export function stems(text: string): string[] {
  return tokens(text).map(stem);
}
