import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../data/reference.ts';
import { formatStale, staleByPowiat, type ReviewEntry } from './stale-report.ts';

const regions = loadRegions();
const entry = (slug: string, gmina: string, verified: ReviewEntry['verified']): ReviewEntry => ({
  slug,
  name: `Placówka ${slug}`,
  gmina,
  file: `content/institutions/x/${slug}.md`,
  verified,
});
const entries = [
  entry('stara', '2011013', { date: '2026-11-23', source_date: '2019' }),
  entry('starsza-o-miesiac', '2011013', { date: '2025-10-01' }),
  entry('swieza', '2011013', { date: '2026-11-23' }),
  entry('opole', '1603011', { date: '2026-11-23', source_date: '2025' }),
  entry('a|b', '2215102', { date: '2025-12-02' }),
];
const TODAY = '2026-12-02';

describe('npm run stale: the monthly review list', () => {
  const groups = staleByPowiat(entries, regions, TODAY, 'https://katalog.example');

  it('lists by powiat the entries older than 12 months, oldest first, with their correction forms', () => {
    expect(groups.map((g) => [g.powiat, g.entries.map((e) => e.name)])).toEqual([
      ['1603', ['Placówka opole']],
      ['2011', ['Placówka stara', 'Placówka starsza-o-miesiac']],
    ]);
    expect(groups[1]!.label).toBe('powiat sokólski, województwo podlaskie');
    expect(groups[1]!.entries[0]).toMatchObject({ since: '2019', correction: 'https://katalog.example/zglos/?popraw=stara&woj=20' });
  });

  it('prints a Markdown table for the issue, one row per entry', () => {
    const md = formatStale(groups, 'markdown', TODAY);
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe('| Powiat | Placówka | Dane z | Formularz |');
    expect(rows[1]).toBe('| --- | --- | --- | --- |');
    expect(rows).toHaveLength(2 + 3);
    expect(md).toContain(
      '| powiat sokólski, województwo podlaskie | [Placówka stara](https://katalog.example/placowka/stara/) | 2019 | [popraw](https://katalog.example/zglos/?popraw=stara&woj=20) albo [potwierdź](https://katalog.example/zglos/?popraw=stara&woj=20&potwierdz=1) |',
    );
    expect(md).toMatch(/stan na 2026-12-02\): 3\./);
  });

  it('keeps a pipe in a name from breaking the table', () => {
    const md = formatStale(staleByPowiat(entries, regions, '2027-01-15', 'https://katalog.example'), 'markdown', '2027-01-15');
    expect(md).toContain('[Placówka a\\|b]');
  });

  it('prints JSON and text, and says when nothing is old', () => {
    expect(JSON.parse(formatStale(groups, 'json', TODAY))).toMatchObject({ entries: 3, staleAfterMonths: 12 });
    expect(formatStale(groups, 'text', TODAY)).toMatch(/Razem: 3 wpisy starsze niż 12 miesięcy/);
    expect(formatStale([], 'markdown', TODAY)).toMatch(/Wszystkie wpisy są aktualne/);
  });
});
