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
