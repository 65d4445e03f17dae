/**
 * The Ukrainian words of the search that are no taxonomy term: the words that ask for free help and the words
 * that carry no meaning, as the Polish ones in lexicon.ts (FREE_WORDS) and stop-words.ts. They reach the browser
 * as data, in the meta file's keyword lists (`free`, `stop`: src/data/search-index.ts), not in the filter's code.
 * Written as typed; folded when the lexicon is built.
 */

/** Free of charge. The prefix key ("безкош", "безопл") takes in every form. */
export const UKRAINIAN_FREE_WORDS = ['безкоштовно', 'безкоштовний', 'безоплатно', 'безоплатний', 'задарма', 'bezkoshtovno', 'bezkoshtovnyi', 'bezoplatno'];

/**
 * Stop words: "мені потрібен психолог" is about "психолог"; "не" and "без" as in Polish (the keyword phrases
 * "без роботи", "не хочу жити" are found before stop words are dropped). Not "мати": to have, but also mother.
 * The last line: the few of them families type in Latin letters that are no Polish word.
 */
export const UKRAINIAN_STOP_WORDS = `
я мені мене мною ми нам нас нами ти тобі тебе ви вам вас він вона воно вони його її йому їй їх їм нього неї них
мій моя моє мої мого моєї моєму моїй мою моїм моїх наш наша наше наші нашої нашого свій своя своє свої свого своєї
що щоб як яка який яке які якої якого якій де коли куди звідки чи чому хто кого кому чого чим якщо
в у на до з із зі від для про по при під над за через між біля без і й та а але або ні не ж же б би
є був була було були буде будуть бути це цей ця ці цього той те то там тут вже ще так дуже лише тільки також
робити зробити треба потрібно потрібен потрібна потрібні можна можу може мусимо хочу хочемо шукаю шукаємо знайти
допоможіть будь ласка
ya meni mene shcho yak dlia potriben potribna potribno shukaiu khochu mozhna
`
  .trim()
  .split(/\s+/);
