import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAILTO_MAX, mailSubject, mailtoBody, mailtoHref } from './mailto.ts';

function entryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? entryFiles(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : [],
  );
}

describe('"Wyślij e-mailem"', () => {
  const texts = entryFiles('content/institutions').map((f) => readFileSync(f, 'utf8'));
  const longest = texts.reduce((a, b) => (encodeURIComponent(a).length >= encodeURIComponent(b).length ? a : b));

  it('the longest real entry in content/ fits in the link whole, under the safe length', () => {
    const { href, fits } = mailtoHref(
      'katalog@example.org',
      mailSubject('Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej', 'Dąbrowa Białostocka'),
      longest,
    );
    expect(fits).toBe(true);
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(href.length).toBeGreaterThan(4000); // it is long: the limit is really being tested
    expect(mailtoBody(href).replace(/\r\n/g, '\n')).toBe(longest);
  });

  it('names the entry and its gmina in the subject, writes line breaks as CRLF (RFC 6068)', () => {
    const { href } = mailtoHref('katalog@example.org', mailSubject('Parafia św. Anny', 'Janów'), 'a\nb');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('katalog@example.org');
    expect(url.searchParams.get('subject')).toBe('Wpis do Katalogu Wsparcia: Parafia św. Anny (gmina Janów)');
    expect(href).toContain('body=a%0D%0Ab');
  });

  it('an entry too long for a link gets a note to paste the copied text instead', () => {
    const { href, fits } = mailtoHref('katalog@example.org', 'x', 'ż'.repeat(2000));
    expect(fits).toBe(false);
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(mailtoBody(href)).toMatch(/Kopiuj treść pliku/);
  });
});
