/**
 * Words that carry no meaning in a search ("co robić, gdy mąż pije" is about "mąż pije"): prepositions,
 * conjunctions, pronouns and the verbs of asking. Folded (see src/formats/text.ts). "nie" is here too: "nie mam
 * pracy" looks for work, and no entry is found by what it does not do.
 */
const WORDS = `
a aby albo ale ani az bardzo bez bo by byc byl byla bylo chce chcemy chcialabym chcialbym co czy czego czym dla do
gdy gdzie i ich ile innych jak jaka jakie jakis jaki jej jest jestem jestesmy jego juz kiedy kogo komu kto ktora
ktore ktory ktos lub ma mam mamy mi mie mnie moge mogla mogl moj moja moje mojego mojej moze mozna mu my na nad nam
nas nasz nasza nasze nic nie niz o od oraz po pod potrzebuje potrzebujemy prosze przez przy robic sa sie skad ta tak
takze te tej ten to tu tylko u w we wiem z za zeby ze zrobic szukam szukamy sobie swoj swoja jakas cos
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.trim().split(/\s+/));

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
