/**
 * "Find my gmina by the village": the localities register (data/teryt/miejscowosci-2023.json, names
 * nested by województwo, powiat and gmina) matched to TERC gminas, split into one compact file per
 * województwo, and the type-ahead search over one such file. Pure: the caller reads the files.
 *
 * An urban and a rural gmina of one name share one key in the register (e.g. "Augustów"): the town
 * of that name belongs to the urban gmina, every other locality to the rural one.
 */
import { normalize } from '../../formats/text.ts';
import type { Regions } from './teryt.ts';

/** {"Podlaskie": {"Augustowski": {"Sztabin": ["Jaziewo", …]}}} */
export type RawLocalities = Record<string, Record<string, Record<string, string[]>>>;

/** One województwo's localities, compact for the browser. */
export interface LocalityFile {
  /** [code, name, kind, powiat label] of each gmina that has localities */
  g: [string, string, string, string][];
  /** the localities of g[i], joined with "|" */
  m: string[];
}

/** Polish names keep short prepositions lower case ("Kostrzyn nad Odrą"); the register title-cased them. */
const LOWER = new Set(['nad', 'pod', 'przy', 'na', 'w', 'we', 'z', 'ze', 'koło', 'k']);
export function fixCase(name: string): string {
  return name
    .split(' ')
    .map((word, i) => (i > 0 && LOWER.has(word.toLowerCase()) ? word.toLowerCase() : word))
    .join(' ');
}

const key = (s: string) => normalize(s);

export interface BuiltLocalities {
  files: Map<string, LocalityFile>; // by województwo code
  /** Register keys that match no TERC gmina (reported by the build, expected empty). */
  unmatched: string[];
  count: number;
}

export function buildLocalities(raw: RawLocalities, regions: Regions): BuiltLocalities {
  const wojByName = new Map([...regions.wojewodztwa.values()].map((w) => [key(w.name), w]));
  const powiatByName = new Map([...regions.powiaty.values()].map((p) => [`${p.wojewodztwo}/${key(p.name)}`, p]));
  const gminyByName = new Map<string, { code: string; name: string; kind: string }[]>();
  for (const g of regions.gminy.values()) {
    const k = `${g.powiat}/${key(g.name)}`;
    gminyByName.set(k, [...(gminyByName.get(k) ?? []), g]);
  }
  const files = new Map<string, LocalityFile>();
  const unmatched: string[] = [];
  let count = 0;
  for (const [wojName, powiaty] of Object.entries(raw)) {
    const woj = wojByName.get(key(wojName));
    if (!woj) {
      unmatched.push(wojName);
      continue;
    }
    const file = files.get(woj.code) ?? { g: [], m: [] };
    files.set(woj.code, file);
    const byGmina = new Map<string, string[]>();
    for (const [powiatName, gminy] of Object.entries(powiaty)) {
      const powiat = powiatByName.get(`${woj.code}/${key(powiatName)}`);
      if (!powiat) {
        unmatched.push(`${wojName} / ${powiatName}`);
        continue;
      }
      for (const [gminaName, names] of Object.entries(gminy)) {
        const candidates = gminyByName.get(`${powiat.code}/${key(gminaName)}`) ?? [];
        const urban = candidates.find((c) => c.code.endsWith('1'));
        const rest = candidates.find((c) => c !== urban);
        if (!candidates.length) {
          unmatched.push(`${wojName} / ${powiatName} / ${gminaName}`);
          continue;
        }
        for (const name of names) {
          // A shared key: the town of the gmina's name is the urban gmina; its villages are the rural one.
          const target = candidates.length > 1 && urban && rest ? (key(name) === key(gminaName) ? urban : rest) : candidates[0]!;
          byGmina.set(target.code, [...(byGmina.get(target.code) ?? []), fixCase(name)]);
          count++;
        }
      }
    }
    for (const [code, names] of [...byGmina].sort(([a], [b]) => a.localeCompare(b))) {
      const g = regions.gminy.get(code)!;
      file.g.push([code, g.name, g.kind, regions.powiaty.get(g.powiat)?.label ?? '']);
      file.m.push(names.join('|'));
    }
  }
  return { files, unmatched, count };
}

export interface LocalityHit {
  locality: string;
  gmina: { code: string; name: string; kind: string; powiat: string };
}

export interface LocalityIndex {
  folded: string[];
  names: string[];
  gmina: number[];
  gminy: LocalityFile['g'];
}

/** Folds every name once and sorts by name (then gmina), so a keystroke only compares strings. */
export function indexLocalities(file: LocalityFile): LocalityIndex {
  const rows: { name: string; g: number }[] = [];
  file.m.forEach((joined, g) => {
    for (const name of joined.split('|')) rows.push({ name, g });
  });
  const collator = new Intl.Collator('pl');
  rows.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(file.g[a.g]![1], file.g[b.g]![1]));
  return { names: rows.map((r) => r.name), folded: rows.map((r) => normalize(r.name)), gmina: rows.map((r) => r.g), gminy: file.g };
}

/**
 * Localities whose name equals the query first (all of them: "Nowa Wieś" lists every gmina that has one),
 * then names that start with it, then names with a word that starts with it; at most `limit` beyond the exact ones.
 */
export function searchLocalities(index: LocalityIndex, query: string, limit = 15): LocalityHit[] {
  const q = normalize(query);
  if (q.length < 2) return [];
  const exact: number[] = [];
  const starts: number[] = [];
  const word: number[] = [];
  const spaced = ` ${q}`;
  for (let i = 0; i < index.folded.length; i++) {
    const f = index.folded[i]!;
    if (f === q) exact.push(i);
    else if (starts.length < limit && f.startsWith(q)) starts.push(i);
    else if (word.length < limit && f.includes(spaced)) word.push(i);
  }
  return [...exact, ...[...starts, ...word].slice(0, limit)].map((i) => {
    const [code, name, kind, powiat] = index.gminy[index.gmina[i]!]!;
    return { locality: index.names[i]!, gmina: { code, name, kind, powiat } };
  });
}

/**
 * "Find my gmina by the village" without knowing the województwo (the directory's filter, the home page,
 * the contribution form): every locality of Poland, split by the first two letters of its folded name,
 * so one keystroke's lookup downloads one small file. Each file is a LocalityFile (the same search)
 * with, for each gmina, its województwo's name and the address of its page.
 */
export interface PlaceShard extends LocalityFile {
  /** the województwo's name of g[i] */
  w: string[];
  /** the directory page of g[i] */
  u: string[];
}

/** The shard a query is looked up in: its first two folded letters or digits ("U Granic" → "ug"), or null when it has fewer. */
export function placeShardKey(query: string): string | null {
  const key = normalize(query).replace(/ /g, '').slice(0, 2);
  return /^[a-z0-9]{2}$/.test(key) ? key : null;
}

export function buildPlaceShards(files: Map<string, LocalityFile>, gminaInfo: (code: string) => { woj: string; url: string }): Map<string, PlaceShard> {
  const byKey = new Map<string, Map<string, string[]>>(); // key → gmina code → names
  const gminy = new Map<string, LocalityFile['g'][number]>();
  for (const file of files.values()) {
    file.g.forEach((g, i) => {
      gminy.set(g[0], g);
      for (const name of file.m[i]!.split('|')) {
        const key = placeShardKey(name);
        if (!key) continue;
        const shard = byKey.get(key) ?? new Map<string, string[]>();
        byKey.set(key, shard);
        shard.set(g[0], [...(shard.get(g[0]) ?? []), name]);
      }
    });
  }
  const shards = new Map<string, PlaceShard>();
  for (const [key, byGmina] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const shard: PlaceShard = { g: [], m: [], w: [], u: [] };
    for (const [code, names] of [...byGmina].sort(([a], [b]) => a.localeCompare(b))) {
      const info = gminaInfo(code);
      shard.g.push(gminy.get(code)!);
      shard.m.push(names.join('|'));
      shard.w.push(info.woj);
      shard.u.push(info.url);
    }
    shards.set(key, shard);
  }
  return shards;
}

export interface PlaceHit {
  locality: string;
  gmina: { code: string; name: string; kind: string; powiat: string; wojewodztwo: string; url: string };
}

export interface PlaceIndex extends LocalityIndex {
  w: string[];
  u: string[];
}

export function indexPlaces(shard: PlaceShard): PlaceIndex {
  return { ...indexLocalities(shard), w: shard.w, u: shard.u };
}

/** What a query finds: the localities of that name (all of them), else those that start with it. */
export function searchPlaces(index: PlaceIndex, query: string, limit = 10): { exact: PlaceHit[]; others: PlaceHit[] } {
  const q = normalize(query);
  const at = new Map(index.gminy.map((g, i) => [g[0], i]));
  const hits = searchLocalities(index, query, limit).map((h) => {
    const i = at.get(h.gmina.code)!;
    return { locality: h.locality, gmina: { ...h.gmina, wojewodztwo: index.w[i]!, url: index.u[i]! } };
  });
  const exact = hits.filter((h) => normalize(h.locality) === q);
  return { exact, others: hits.filter((h) => normalize(h.locality) !== q) };
}

/** "Miejscowość Jaziewo leży w gminie Sztabin (gmina wiejska, powiat augustowski, województwo podlaskie)." */
export function placeSentence(hit: PlaceHit): string {
  return `Miejscowość ${hit.locality} leży w gminie ${hit.gmina.name} (${hit.gmina.kind}, ${hit.gmina.powiat}, województwo ${hit.gmina.wojewodztwo}).`;
}

/** One line of a list of gminas a name leads to: "Nowa Wieś: gmina Sztabin (gmina wiejska), powiat augustowski, województwo podlaskie". */
export function placeLabel(hit: PlaceHit): string {
  return `${hit.locality}: gmina ${hit.gmina.name} (${hit.gmina.kind}), ${hit.gmina.powiat}, województwo ${hit.gmina.wojewodztwo}`;
}
