import { describe, expect, it } from 'vitest';
import { markdownBlocks, plainText, textBlocks } from './plain-text.ts';

/** Markdown, the blocks a reader sees (the readability measure's input), and the one line of text (HSDS descriptions). */
const CASES: [string, string, string[], string][] = [
  ['ATX headings', '# Kto pomoże\n\n## Gdzie?\nAsystent rodziny.', ['Kto pomoże', 'Gdzie?', 'Asystent rodziny.'], 'Kto pomoże Gdzie? Asystent rodziny.'],
  ['a setext heading', 'Kto pomoże\n==========\nAsystent rodziny.', ['Kto pomoże', 'Asystent rodziny.'], 'Kto pomoże Asystent rodziny.'],
  [
    'emphasis and strong emphasis',
    'Asystent **pomaga** _rodzinie_ i *dzieciom*, __zawsze__ ***razem***.',
    ['Asystent pomaga rodzinie i dzieciom, zawsze razem.'],
    'Asystent pomaga rodzinie i dzieciom, zawsze razem.',
  ],
  [
    'underscores and stars that are not emphasis',
    'Plik nazwa_pliku_wpisu.md, 5 * 3 = 15.',
    ['Plik nazwa_pliku_wpisu.md, 5 * 3 = 15.'],
    'Plik nazwa_pliku_wpisu.md, 5 * 3 = 15.',
  ],
  [
    'links keep their text: inline, autolink, reference',
    'Zobacz [telefony](/telefony-zaufania/ "Telefony"), <https://www.gov.pl> i [OPS][ops].\n\n[ops]: /placowki/rodzaj/ops/',
    ['Zobacz telefony, https://www.gov.pl i OPS.'],
    'Zobacz telefony, https://www.gov.pl i OPS.',
  ],
  ['an image keeps its description', 'Dojazd: ![mapa dojazdu](/mapa.png).', ['Dojazd: mapa dojazdu.'], 'Dojazd: mapa dojazdu.'],
  [
    'lists: each item a block, its lines joined, nested and numbered items too',
    '- pierwsza\n- druga\n  pozycja\n  - zagnieżdżona\n\n1. numer jeden\n2) numer dwa',
    ['pierwsza', 'druga pozycja', 'zagnieżdżona', 'numer jeden', 'numer dwa'],
    'pierwsza druga pozycja zagnieżdżona numer jeden numer dwa',
  ],
  ['inline code keeps its text', 'Zadzwoń pod `112` albo `116 111`.', ['Zadzwoń pod 112 albo 116 111.'], 'Zadzwoń pod 112 albo 116 111.'],
  ['a code block is a block of its text', 'Wpisz:\n\n```\nnumer   PESEL\n```', ['Wpisz:', 'numer PESEL'], 'Wpisz: numer PESEL'],
  ['a quote', '> Nic o nas\n> bez nas.', ['Nic o nas bez nas.'], 'Nic o nas bez nas.'],
  [
    'raw HTML: a script block goes whole, inline tags go and their text stays',
    'Przed.\n\n<script>alert(1)</script>\n\nTekst <b>ważny</b> i <abbr title="ośrodek">OPS</abbr>.<!-- uwaga -->',
    ['Przed.', 'Tekst ważny i OPS.'],
    'Przed. Tekst ważny i OPS.',
  ],
  [
    'several paragraphs: lines of one paragraph joined by a space, paragraphs are blocks',
    'Pierwszy akapit\nw dwóch liniach.\n\n\nDrugi akapit.\n\n---\n\nTrzeci.',
    ['Pierwszy akapit w dwóch liniach.', 'Drugi akapit.', 'Trzeci.'],
    'Pierwszy akapit w dwóch liniach. Drugi akapit. Trzeci.',
  ],
  [
    'hard line breaks keep the words apart',
    'Linia pierwsza  \nLinia druga\\\nLinia trzecia',
    ['Linia pierwsza Linia druga Linia trzecia'],
    'Linia pierwsza Linia druga Linia trzecia',
  ],
  [
    'entities and escapes are decoded',
    'Matka &amp; dziecko, \\*nie\\* pogrubione, &#8211; koniec',
    ['Matka & dziecko, *nie* pogrubione, – koniec'],
    'Matka & dziecko, *nie* pogrubione, – koniec',
  ],
  ['nothing', '', [], ''],
  ['only HTML', '<div>\n<p>ukryte</p>\n</div>', [], ''],
];

describe('Markdown to plain text', () => {
  it.each(CASES)('%s', (_name, markdown, blocks, text) => {
    expect(textBlocks(markdown)).toEqual(blocks);
    expect(plainText(markdown)).toBe(text);
  });

  it('reads an article file after its frontmatter, which is not text of the article', () => {
    expect(markdownBlocks('---\ntitle: Tytuł\nsummary: Streszczenie.\n---\n# Nagłówek\n\nTreść.')).toEqual(['Nagłówek', 'Treść.']);
    // Without frontmatter, a thematic break at the start is only a break.
    expect(markdownBlocks('Wstęp.\n\n---\n\nDalej.')).toEqual(['Wstęp.', 'Dalej.']);
  });
});
