import { describe, expect, it } from 'vitest';
import { neutralised, toCsv } from './csv.ts';

/** A small RFC 4180 reader, enough to read back what toCsv wrote. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && csv[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://x.example","kliknij")', `'=HYPERLINK("http://x.example","kliknij")`],
    ['+48 85 711 73 46', `'+48 85 711 73 46`],
    ['-2+3+cmd|" /C calc"!A0', `'-2+3+cmd|" /C calc"!A0`],
    ['@SUM(1+1)', `'@SUM(1+1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('neutralises a cell a spreadsheet would run: %j', (value, expected) => {
    expect(neutralised(value)).toBe(expected);
    expect(parse(toCsv(['a'], [{ a: value }]))[1]).toEqual([expected]);
  });

  it('leaves ordinary text and numbers as they are, negative numbers included', () => {
    expect(neutralised('Ośrodek „Żółć”, ul. Długa 5')).toBe('Ośrodek „Żółć”, ul. Długa 5');
    expect(neutralised('a=b')).toBe('a=b');
    expect(neutralised(-12.5)).toBe('-12.5');
    expect(neutralised(53.65)).toBe('53.65');
    expect(neutralised(undefined)).toBe('');
  });

  it('quotes commas, quotes and line ends, and reads back the same cells', () => {
    const rows = [{ id: '1', name: 'Punkt "Razem", Dąbrowa', note: 'linia 1\r\nlinia 2' }];
    const csv = toCsv(['id', 'name', 'note'], rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv)).toEqual([
      ['id', 'name', 'note'],
      ['1', 'Punkt "Razem", Dąbrowa', 'linia 1\r\nlinia 2'],
    ]);
  });
});
