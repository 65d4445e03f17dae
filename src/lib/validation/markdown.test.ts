import { describe, expect, it } from 'vitest';
import { checkBody, isSafeUrl } from './markdown.ts';

describe('safe Markdown in descriptions', () => {
  it('accepts plain Markdown with ordinary links, and Polish text that says "data:"', () => {
    expect(
      checkBody(
        '**Ważne:** [strona](https://example.org), <https://example.org>, [mail](mailto:a@b.pl), [tel](tel:+48857117346), [lista](/placowki/).\n\nData: 12 maja.',
      ),
    ).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', /HTML/],
    ['tekst <img src=x onerror=alert(1)> tekst', /HTML/],
    ['<svg onload=alert(1)>', /HTML/],
    ['<iframe src="https://evil.example"></iframe>', /HTML/],
    ['<p style="background:url(javascript:alert(1))">x</p>', /HTML/],
    ['<!-- komentarz -->', /HTML/],
    ['[x](javascript:alert(1))', /javascript:/],
    ['[x](JaVaScRiPt:alert(1))', /javascript:/],
    ['[x](&#106;avascript&#58;alert(1))', /javascript:/],
    ['[x](&#x6A;avascript:alert(1))', /javascript:/],
    ['<javascript:alert(1)>', /javascript:/],
    ['[x](vbscript:msgbox(1))', /vbscript:/],
    ['![x](data:image/svg+xml;base64,PHN2Zz4=)', /data:/],
    ['[x][ref]\n\n[ref]: javascript:alert(1)', /javascript:/],
  ])('refuses %s', (markdown, message) => {
    const problems = checkBody(markdown);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports the line of the problem', () => {
    expect(checkBody('Pierwsza linia.\n\nTrzecia <b>linia</b>.')[0]!.line).toBe(3);
  });

  it('treats browser-ignored characters inside a scheme as part of it', () => {
    expect(isSafeUrl('java\tscript:alert(1)')).toBe(false);
    expect(isSafeUrl(' https://example.org')).toBe(true);
  });
});
