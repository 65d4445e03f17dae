/**
 * The monthly review list (`npm run stale`): entries whose freshness date is older than 12 months,
 * grouped by powiat, each with a link to its prefilled correction form. Pure: the caller passes the
 * entries, the register, today and the site's address.
 */
import { ancestry, type Regions } from '../regions/teryt.ts';
import { paths } from '../directory/paths.ts';
import { count as countWord } from '../../i18n/index.ts';
import { freshnessDate, olderThan, STALE_AFTER_MONTHS, type VerifiedLike } from './freshness.ts';

export interface ReviewEntry {
  /** File name without .md: the page's slug. */
  slug: string;
  name: string;
  gmina: string;
  file: string;
  verified: VerifiedLike;
}

export interface StaleGroup {
  powiat: string; // TERYT code, 4 digits
  label: string; // "powiat sokólski, województwo podlaskie"
  entries: { name: string; file: string; freshness: string; since: string; page: string; correction: string; confirmation: string }[];
}

export const STALE_FORMATS = ['text', 'json', 'markdown'] as const;
export type StaleFormat = (typeof STALE_FORMATS)[number];

const collator = new Intl.Collator('pl');

export function staleByPowiat(entries: readonly ReviewEntry[], regions: Regions, today: string, origin: string): StaleGroup[] {
  const groups = new Map<string, StaleGroup>();
  for (const e of entries) {
    const freshness = freshnessDate(e.verified);
    if (!olderThan(freshness, today, STALE_AFTER_MONTHS)) continue;
    const a = ancestry(regions, e.gmina);
    if (!a) continue;
    let group = groups.get(a.powiat.code);
    if (!group) groups.set(a.powiat.code, (group = { powiat: a.powiat.code, label: `${a.powiat.label}, województwo ${a.wojewodztwo.name}`, entries: [] }));
    group.entries.push({
      name: e.name,
      file: e.file,
      freshness,
      since: e.verified.source_date ?? e.verified.date,
      page: new URL(paths.institution(e.slug), origin).href,
      correction: new URL(paths.correction(e.slug, a.wojewodztwo.code), origin).href,
      confirmation: new URL(paths.confirmation(e.slug, a.wojewodztwo.code), origin).href,
    });
  }
  for (const g of groups.values()) g.entries.sort((x, y) => x.freshness.localeCompare(y.freshness) || collator.compare(x.name, y.name));
  return [...groups.values()].sort((a, b) => a.powiat.localeCompare(b.powiat));
}

const count = (groups: readonly StaleGroup[]) => groups.reduce((n, g) => n + g.entries.length, 0);

/** Markdown cells: a pipe or a line break would break the table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function formatStale(groups: readonly StaleGroup[], format: StaleFormat, today: string): string {
  if (format === 'json') return JSON.stringify({ today, staleAfterMonths: STALE_AFTER_MONTHS, entries: count(groups), powiaty: groups }, null, 2);
  if (format === 'markdown') {
    const head = `Wpisy, których dane pochodzą sprzed ponad ${STALE_AFTER_MONTHS} miesięcy (stan na ${today}): ${count(groups)}.`;
    if (!groups.length) return `${head}\n\nWszystkie wpisy są aktualne.\n`;
    const rows = groups.flatMap((g) =>
      g.entries.map((e) => `| ${cell(g.label)} | [${cell(e.name)}](${e.page}) | ${e.since} | [popraw](${e.correction}) albo [potwierdź](${e.confirmation}) |`),
    );
    return [head, '', '| Powiat | Placówka | Dane z | Formularz |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
  }
  if (!groups.length) return `Wszystkie wpisy są aktualne (stan na ${today}).`;
  const lines = groups.flatMap((g) => [
    `${g.label} (${g.entries.length}):`,
    ...g.entries.map((e) => `  ${e.since}  ${e.name}  ${e.file}\n        ${e.correction}`),
  ]);
  const total = countWord(count(groups), 'staleEntry');
  return [...lines, `Razem: ${total} niż ${STALE_AFTER_MONTHS} miesięcy (stan na ${today}).`].join('\n');
}
