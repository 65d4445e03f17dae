/**
 * A light Polish stemmer for the site's search: one ending is cut from a folded word (see src/formats/text.ts),
 * so "ciąży", "ciążę" and "ciąża" all become "ciaz", "porady" and "porada" become "porad". It does not try
 * to find dictionary forms: it only has to give the same stem to the forms people type and the forms
 * the entries use, and different stems to different words ("pomoc" ≠ "pomorskie", "praca" ≠ "pracownia").
 * The same function runs at build time over the records and in the browser over the query.
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

/** The stem of one folded word. */
export function stem(word: string): string {
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
