import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from './frontmatter.ts';

const FILE = ['---', 'id: x', 'address:', '  postal_code: "16200"', 'phones:', '  - number: "1"', '  - number: "2"', '---', '', 'Opis.'].join('\n');

describe('frontmatter', () => {
  it('finds the line of a field in the whole file, also inside lists', () => {
    const fm = parseFrontmatter(FILE);
    if (!fm.ok) throw new Error(fm.reason);
    expect(fm.lineOf(['id'])).toBe(2);
    expect(fm.lineOf(['address', 'postal_code'])).toBe(4);
    expect(fm.lineOf(['phones', 1, 'number'])).toBe(7);
    expect(fm.lineOf(['address', 'city'])).toBe(3); // missing: the parent's line
    expect(fm.body.trim()).toBe('Opis.');
    expect(fm.bodyLine).toBe(9);
  });

  it.each([
    ['', /pusty/],
    ['\u0000\u0001PNG', /binarne/],
    ['# Tytuł\n\nOpis', /zaczynać się od linii „---”/],
    ['---\nname: x\n\nOpis', /Brak drugiej linii/],
    ['---\nname: "x\n---\n', /YAML/],
  ])('explains a file it cannot read: %j', (text, reason) => {
    const fm = parseFrontmatter(text);
    expect(fm.ok).toBe(false);
    if (!fm.ok) expect(fm.reason).toMatch(reason);
  });

  it('accepts Windows line ends and a byte order mark', () => {
    const fm = parseFrontmatter('\uFEFF---\r\nname: x\r\n---\r\nOpis');
    expect(fm.ok && fm.data).toEqual({ name: 'x' });
  });
});
