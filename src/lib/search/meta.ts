import type { KeywordLists } from './lexicon.ts';

/** What the instant filter needs besides the records: files to fetch, facet options, regions. */
export interface SearchMeta {
  /** records file name (see recordShard) → number of records */
  shards: Record<string, number>;
  /** [code, name] */
  wojewodztwa: [string, string][];
  /** [code, label] */
  powiaty: [string, string][];
  /** [code, name, kind] */
  gminy: [string, string, string][];
  /** [id, name] */
  types: [string, string][];
  needs: [string, string][];
  audiences: [string, string][];
  /** the taxonomy's everyday words per need and type (src/lib/search/lexicon.ts) */
  keywords: KeywordLists;
}
