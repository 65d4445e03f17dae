/**
 * "Every abbreviation explained at its first use": an all-capitals token of two or more letters (OPS, GKRPA, PCPR…)
 * must, where it first appears, stand next to its expansion — "OPS (ośrodek pomocy społecznej)",
 * "ośrodek pomocy społecznej (OPS)" or "GKRPA – gminna komisja rozwiązywania problemów alkoholowych" — and the
 * expansion's word initials must spell the abbreviation in order (small words may sit between: "Punkt Interwencji
 * Kryzysowej" → PIK). Inflected forms ("OPS-u") count as the same abbreviation.
 */
export interface Unexplained {
  abbreviation: string;
  /** The text around the first use, to find it in the article. */
  context: string;
}

const TOKEN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{Ll}\p{N}])/gu;
const ROMAN = /^[IVXLCDM]+$/;

/** Abbreviations that a reader needs no expansion for. Keep it short. */
export const NO_EXPANSION_NEEDED: readonly string[] = ['SMS'];

export function unexplainedAbbreviations(text: string, allowed: readonly string[] = NO_EXPANSION_NEEDED): Unexplained[] {
  const seen = new Set<string>();
  const problems: Unexplained[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const abbreviation = match[0];
    if (seen.has(abbreviation) || ROMAN.test(abbreviation) || allowed.includes(abbreviation)) continue;
    seen.add(abbreviation);
    if (!explainedAt(text, match.index, abbreviation)) {
      problems.push({ abbreviation, context: text.slice(Math.max(0, match.index - 40), match.index + abbreviation.length + 40) });
    }
  }
  return problems;
}

function explainedAt(text: string, index: number, abbreviation: string): boolean {
  const before = text.slice(Math.max(0, index - 160), index);
  const after = text.slice(index + abbreviation.length, index + abbreviation.length + 160);
  // "ABBR (expansion)" or "ABBR – expansion"
  const following = /^(?:-\p{L}+)?\s*(?:\(([^)]*)\)|[–—-]\s+([^.;:()]*))/u.exec(after);
  if (following && initialsSpell(abbreviation, following[1] ?? following[2]!, 'start')) return true;
  // "expansion (ABBR)" or "expansion (ABBR, …)"
  const inParentheses = /\(\s*$/.test(before) && /^(?:-\p{L}+)?\s*[),;]/u.test(after);
  if (
    inParentheses &&
    initialsSpell(
      abbreviation,
      before
        .replace(/\(\s*$/, '')
        .split(/[.;:!?()]/)
        .pop()!,
      'end',
    )
  )
    return true;
  return false;
}

/**
 * Do the initials of the words spell the abbreviation, letter by letter, in order?
 * 'start': the expansion begins with the first letter's word; 'end': it ends right before the abbreviation.
 */
export function initialsSpell(abbreviation: string, expansion: string, anchor: 'start' | 'end'): boolean {
  const initials = (expansion.match(/\p{L}+/gu) ?? []).map((w) => w[0]!.toLowerCase());
  const letters = [...abbreviation.toLowerCase()];
  if (initials.length === 0) return false;
  if (anchor === 'start') return initials[0] === letters[0] && isSubsequence(letters, initials);
  // The expansion is the shortest tail of the words that starts with the first letter and contains all letters in order.
  for (let from = initials.length - 1; from >= 0; from--) {
    if (initials[from] === letters[0] && isSubsequence(letters, initials.slice(from))) return true;
  }
  return false;
}

function isSubsequence(letters: string[], initials: string[]): boolean {
  let i = 0;
  for (const initial of initials) if (initial === letters[i]) i++;
  return i === letters.length;
}
