import { describe, expect, it } from 'vitest';
import { error, warning } from './issue.ts';
import { exitCode, formatGithub, formatJson, formatText } from './report.ts';

const e = error('content/a.md', 'address.postal_code', 'Kod pocztowy zapisz w formacie NN-NNN, np. "16-200".', 10);
const w = warning('content/b,c.md', 'verified.date', 'Dane sprawdzono dawno.\nSprawdź 100%.');

describe('validator output', () => {
  it('writes GitHub annotations with escaped properties and messages', () => {
    expect(formatGithub([e, w]).split('\n')).toEqual([
      '::error file=content/a.md,line=10,title=address.postal_code::Kod pocztowy zapisz w formacie NN-NNN, np. "16-200".',
      '::warning file=content/b%2Cc.md,title=verified.date::Dane sprawdzono dawno.%0ASprawdź 100%25.',
    ]);
  });

  it('writes JSON with counts', () => {
    expect(JSON.parse(formatJson([e, w]))).toEqual({ errors: 1, warnings: 1, issues: [e, w] });
  });

  it('writes Polish text with plural forms', () => {
    expect(formatText([e], 2)).toContain('BŁĄD content/a.md:10 [address.postal_code]');
    expect(formatText([e], 2)).toMatch(/Sprawdzono 2 pliki: 1 błąd, 0 uwag\.$/);
    expect(formatText([e, e, w], 5)).toMatch(/5 plików: 2 błędy, 1 uwaga\.$/);
    expect(formatText([], 1)).toBe('Sprawdzono 1 plik: wszystko w porządku.');
  });

  it('tells errors (1) from warnings (0, or 2 with --strict)', () => {
    expect(exitCode([], false)).toBe(0);
    expect(exitCode([], true)).toBe(0);
    expect(exitCode([w], false)).toBe(0);
    expect(exitCode([w], true)).toBe(2);
    expect(exitCode([e, w], false)).toBe(1);
    expect(exitCode([e, w], true)).toBe(1);
  });
});
