import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt.ts';

describe('excerptParts', () => {
  it('splits marked words from plain text and decodes entities', () => {
    expect(excerptParts('Rozmowa z <mark>psychologiem</mark> &amp; prawnikiem')).toEqual([
      { text: 'Rozmowa z ', mark: false },
      { text: 'psychologiem', mark: true },
      { text: ' & prawnikiem', mark: false },
    ]);
  });
  it('never lets markup through', () => {
    const parts = excerptParts('a <img src=x onerror=alert(1)> &lt;script&gt; <mark>b</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('a  <script> b');
    expect(parts.some((p) => p.text.includes('<img'))).toBe(false);
  });
});
