/**
 * Writes an institution entry file: YAML frontmatter (the `yaml` package) and a Markdown body.
 * Empty fields and default values are left out, so the file stays short and diffs stay small.
 */
import { Document, isSeq } from 'yaml';

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

/** Field order of the entry template (docs/szablon-wpisu.md). */
const ORDER = [
  'id',
  'name',
  'short_name',
  'type',
  'status',
  'gmina',
  'serves',
  'address',
  'location',
  'phones',
  'emails',
  'website',
  'hours',
  'hours_note',
  'services',
  'languages',
  'accessibility',
  'identifiers',
  'verified',
];

const DEFAULTS: Record<string, Json> = { status: 'active', serves: 'gmina', languages: ['pl'] };

function prune(value: Json): Json {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([k, v]) => v !== undefined && !(k === 'hidden' && v === false));
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}

export function toEntryFile(data: Record<string, Json>, body: string): string {
  const pruned = (prune(data) ?? {}) as Record<string, Json>;
  const ordered: Record<string, Json> = {};
  for (const key of [...ORDER, ...Object.keys(pruned)]) {
    if (key in ordered || pruned[key] === undefined) continue;
    if (JSON.stringify(pruned[key]) === JSON.stringify(DEFAULTS[key]) && key !== 'serves') continue;
    ordered[key] = pruned[key];
  }
  const doc = new Document(ordered);
  // Short lists of codes on one line, as the template writes them: `languages: [pl, uk]`.
  const languages = doc.get('languages', true);
  if (isSeq(languages)) languages.flow = true;
  const yaml = doc.toString({ lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}
