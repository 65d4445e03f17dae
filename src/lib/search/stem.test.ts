import { describe, expect, it } from 'vitest';
import { normalize } from '../../formats/text.ts';
import { prefixKey, stem, stems } from './stem.ts';

const s = (word: string) => stem(normalize(word));

describe('stem: forms of one word share a stem', () => {
  const SAME: string[][] = [
    ['ciąża', 'ciąży', 'ciążę', 'ciążą', 'ciaza'],
    ['porada', 'porady', 'poradę', 'poradą', 'porad'],
    ['pomoc', 'pomocy', 'pomocą'],
    ['praca', 'pracy', 'pracę', 'pracą'],
    ['rodzina', 'rodziny', 'rodzinie', 'rodzinę', 'rodzinom', 'rodzinami', 'rodzinach'],
    ['rodzic', 'rodzice', 'rodziców', 'rodzicom', 'rodzicami'],
    ['dziecko', 'dziecka', 'dziecku', 'dzieckiem', 'dzieci', 'dzieciom', 'dziećmi'],
    ['mąż', 'męża', 'mężem', 'mężowi'],
    ['ośrodek', 'ośrodka', 'ośrodku', 'ośrodkiem', 'osrodki'],
    ['zasiłek', 'zasiłku', 'zasiłki', 'zasiłków', 'zasilek'],
    ['szkoła', 'szkoły', 'szkole', 'szkołę'],
    ['psycholog', 'psychologa', 'psychologowi', 'psychologiem'],
    ['poradnia', 'poradni', 'poradnię'],
    ['prawna', 'prawne', 'prawnej', 'prawnych', 'prawny'],
    ['niepełnosprawny', 'niepełnosprawna', 'niepełnosprawnych', 'niepełnosprawnym'],
    ['Wejherowo', 'Wejherowie'],
  ];
  it.each(SAME)('%s', (...forms) => {
    expect(new Set(forms.map(s))).toEqual(new Set([s(forms[0]!)]));
  });
});

describe('stem: different words keep different stems', () => {
  const DIFFERENT: [string, string][] = [
    ['pomoc', 'pomorskie'],
    ['praca', 'pracownia'],
    ['praca', 'pracownik'],
    ['policja', 'Police'],
  ];
  it.each(DIFFERENT)('%s ≠ %s, and "%s" typed in full does not begin the other stem', (a, b) => {
    expect(s(a)).not.toBe(s(b));
    // prefix matching starts from the typed word, not from its stem ("prac" would begin "pracown")
    expect(s(b).startsWith(normalize(a))).toBe(false);
  });
  it.each([
    ['dom', 'domowa'],
    ['syn', 'synowa'],
    ['rada', 'radość'],
    ['pije', 'piekarnia'],
  ])('%s ≠ %s', (a, b) => {
    expect(s(a)).not.toBe(s(b));
  });
});

describe('stem: short words, abbreviations and numbers stay whole', () => {
  it.each(['aa', 'ops', 'mops', 'pup', 'wtz', 'dom', '112', '116111'])('%s', (w) => {
    expect(s(w)).toBe(normalize(w));
  });
  it('stems a text word by word, folded', () => {
    expect(stems('Porady prawne dla rodzin')).toEqual(['porad', 'prawn', 'dla', 'rodzin']);
  });
});

describe('stem: a Ukrainian word is keyed by its first letters', () => {
  const SAME: string[][] = [
    ['психолог', 'психолога', 'психологом', 'психологи', 'психологічна'],
    ['вагітна', 'вагітність', 'вагітній', 'вагітною', 'Вагітна'],
    ['робота', 'роботи', 'роботу', 'роботою'],
    ['юрист', 'юриста', 'юристом', 'юристу'],
    ['чоловік', 'чоловіка', 'чоловіком'],
    ['безкоштовно', 'безкоштовний', 'безкоштовна', 'безкоштовні'],
    ['допомога', 'допомоги', 'допомогу', 'допомогою'],
    ['лікар', 'лікаря', 'лікарем'],
    ['жінка', 'жінки', 'жінку'],
    ["сім'я", 'сім’ї', 'сімʼю'],
  ];
  it.each(SAME)('%s', (...forms) => {
    expect(new Set(forms.map(s))).toEqual(new Set([s(forms[0]!)]));
  });
  it.each([
    ['психолог', 'психіатр'],
    ['психолог', 'психотерапевт'],
    ['ліки', 'лікар'],
    ['пологи', 'поліція'],
    ['безпека', 'безкоштовно'],
    ['право', 'праця'],
    ['робота', 'робити'],
    ['юрист', 'юридична'],
  ])('%s ≠ %s', (a, b) => {
    expect(s(a)).not.toBe(s(b));
  });
  it('keeps at most 6 letters and never fewer than 3; a short word stays whole', () => {
    expect(prefixKey('психотерапевтом')).toBe('психот');
    expect(prefixKey('ідея')).toBe('іде');
    expect(s("б'є")).toBe('бє');
    expect(s('суд')).toBe('суд');
    expect(s('суду')).toBe('суд');
  });
  it('leaves Latin words to the Polish stemmer, transliterations included', () => {
    expect(s('psycholog')).toBe('psycholog');
    expect(s('psykholoh')).toBe('psykholoh');
    expect(s('robota')).toBe(s('roboty'));
  });
});
