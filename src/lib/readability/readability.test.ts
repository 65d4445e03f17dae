import { describe, expect, it } from 'vitest';
import { initialsSpell, unexplainedAbbreviations } from './abbreviations.ts';
import { markdownBlocks, plainText } from './plain-text.ts';
import { measure, measureArticle, problems, THRESHOLDS } from './report.ts';
import { splitSentences, words } from './sentences.ts';
import { syllables } from './syllables.ts';

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks before a capital letter', () => {
    expect(splitSentences('Asystent pomaga. Nie wyręcza rodziny! Czy to bezpłatne? Tak.')).toEqual([
      'Asystent pomaga.',
      'Nie wyręcza rodziny!',
      'Czy to bezpłatne?',
      'Tak.',
    ]);
  });

  it('keeps Polish abbreviations inside the sentence', () => {
    expect(splitSentences('Pomaga m.in. w urzędzie, np. w OPS. Zadzwoń pod nr 112.')).toHaveLength(2);
    expect(splitSentences('Ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny (Dz. U. 2024, poz. 177) to podstawa. Drugie zdanie.')).toHaveLength(2);
  });

  it('ends a sentence before a digit or an opening quote', () => {
    expect(splitSentences('Asystent ma najwyżej 15 rodzin. 15 to limit. „Za życiem” to ustawa.')).toHaveLength(3);
  });

  it('does not split inside a number or a word', () => {
    expect(splitSentences('Wizyta trwa 1.5 godziny, a ty decydujesz.')).toHaveLength(1);
  });
});

describe('words', () => {
  it('counts hyphenated words and numbers once and ignores punctuation', () => {
    expect(words('Poradnia psychologiczno-pedagogiczna – 15 rodzin, (OPS-u)!')).toEqual(['Poradnia', 'psychologiczno-pedagogiczna', '15', 'rodzin', 'OPS-u']);
  });
});

describe('syllables', () => {
  it.each([
    ['nie', 1],
    ['się', 1],
    ['dom', 1],
    ['rodzina', 3],
    ['asystent', 3],
    ['pomocy', 3],
    ['społecznej', 3],
    ['informacja', 4],
    ['psychologiczne', 5],
    ['niepełnosprawnością', 6],
    ['psychologiczno-pedagogiczna', 10],
    ['112', 1],
  ])('%s has %i', (word, n) => expect(syllables(word)).toBe(n));
});

describe('markdownBlocks', () => {
  it('makes headings, list items and paragraphs separate blocks, without Markdown marks', () => {
    const md = '---\ntitle: x\n---\n## Kto pomoże\n\nAsystent **pomaga**\nrodzinie.\n\n- [OPS](/placowki/rodzaj/ops/) – blisko\n- druga\n  pozycja\n\n> cytat';
    expect(markdownBlocks(md)).toEqual(['Kto pomoże', 'Asystent pomaga rodzinie.', 'OPS – blisko', 'druga pozycja', 'cytat']);
  });

  it('keeps link text and drops HTML tags', () => {
    expect(plainText('Zobacz <abbr>[telefony](/telefony-zaufania/)</abbr> i _katalog_.')).toBe('Zobacz telefony i katalog.');
  });
});

describe('unexplainedAbbreviations', () => {
  it('accepts an expansion in parentheses after or before the abbreviation, or after a dash', () => {
    expect(unexplainedAbbreviations('Idź do OPS (ośrodek pomocy społecznej). W OPS pomogą.')).toEqual([]);
    expect(unexplainedAbbreviations('Zadzwoń do punktu interwencji kryzysowej (PIK). PIK działa.')).toEqual([]);
    expect(unexplainedAbbreviations('GKRPA – gminna komisja rozwiązywania problemów alkoholowych – przyjmuje wnioski.')).toEqual([]);
    expect(unexplainedAbbreviations('Poradnia psychologiczno-pedagogiczna (PPP) bada dzieci.')).toEqual([]);
    expect(unexplainedAbbreviations('W PCPR-u (powiatowe centrum pomocy rodzinie) pracują psycholodzy.')).toEqual([]);
  });

  it('reports an abbreviation without an expansion at its first use, even if it is explained later', () => {
    const found = unexplainedAbbreviations('Zapytaj w PCPR. PCPR (powiatowe centrum pomocy rodzinie) pomaga.');
    expect(found.map((u) => u.abbreviation)).toEqual(['PCPR']);
    expect(found[0]!.context).toContain('Zapytaj w PCPR');
  });

  it('does not accept parentheses whose words do not spell the abbreviation', () => {
    expect(unexplainedAbbreviations('Idź do OPS (tam pomogą).').map((u) => u.abbreviation)).toEqual(['OPS']);
    expect(unexplainedAbbreviations('Grupa AA (spotkania co tydzień) działa.').map((u) => u.abbreviation)).toEqual(['AA']);
  });

  it('reports each abbreviation once, skips Roman numerals and the allow-list', () => {
    expect(unexplainedAbbreviations('NFZ i NFZ, specjalizacja II stopnia, SMS.').map((u) => u.abbreviation)).toEqual(['NFZ']);
  });

  it('ignores capitalised words and single capitals', () => {
    expect(unexplainedAbbreviations('Ośrodek w Dz. U. i Polska.')).toEqual([]);
  });
});

describe('initialsSpell', () => {
  it('lets small words sit between the initials', () => {
    expect(initialsSpell('PIK', 'Punkt Interwencji Kryzysowej', 'start')).toBe(true);
    expect(initialsSpell('KDR', 'Karta Dużej Rodziny', 'start')).toBe(true);
    expect(initialsSpell('PUP', 'powiatowy urząd pracy', 'start')).toBe(true);
    expect(initialsSpell('PUP', 'urząd pracy', 'start')).toBe(false);
    expect(initialsSpell('OPS', 'Zadzwoń do ośrodka pomocy społecznej', 'end')).toBe(true);
  });
});

describe('measure', () => {
  it('reports sentence lengths, long words and FOG-PL', () => {
    const r = measure(['Kto pomoże', 'Asystent rodziny pomaga. Nie wyręcza rodziny, tylko wspiera ją w zmianach.']);
    expect(r.sentences).toBe(3);
    expect(r.words).toBe(2 + 3 + 8);
    expect(r.maxWords).toBe(8);
    expect(r.averageWords).toBeCloseTo(13 / 3);
    expect(r.longWordShare).toBe(0);
    expect(problems(r)).toEqual([]);
  });

  it('finds a sentence that is too long and names it', () => {
    const long = Array.from({ length: THRESHOLDS.maxWords + 1 }, () => 'dom').join(' ') + '.';
    const r = measure([long]);
    expect(r.maxWords).toBe(31);
    expect(problems(r).join('\n')).toContain('Zdanie ma 31 słów');
  });

  it('finds too many long words', () => {
    const r = measure(['Niepełnosprawność interdyscyplinarna psychologiczna dom.']);
    expect(r.longWordShare).toBe(0.75);
    expect(problems(r).join('\n')).toContain('Długie słowa');
  });

  it('checks the title and summary first, so an abbreviation in the title must be explained there', () => {
    expect(measureArticle('Co robi PCPR', 'Powiatowe centrum pomocy rodzinie (PCPR) pomaga.', '').unexplained.map((u) => u.abbreviation)).toEqual(['PCPR']);
  });
});
