/**
 * `node scripts/synthetic.ts N [folder]`: N synthetic institutions for benchmarks, OUTSIDE content/.
 * Writes `.cache/synthetic-N/` (or the folder given): institutions spread over the real TERYT gminas,
 * plus copies of content/taxonomy, content/helplines.yaml and content/statutory.yaml. Build with it through
 * KATALOG_CONTENT_DIR=.cache/synthetic-N. Every name says "(dane syntetyczne)": never real data.
 * Deterministic: the same N gives the same files.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadRegions } from '../src/data/reference.ts';
import { contains, wojewodztwoAt, type Feature } from '../src/lib/validation/geo.ts';

const n = Number(process.argv[2]);
if (!Number.isInteger(n) || n < 1) {
  console.error('Użycie: node scripts/synthetic.ts LICZBA [folder], np. node scripts/synthetic.ts 10000');
  process.exit(2);
}
const out = process.argv[3] ?? `.cache/synthetic-${n}`;

/** mulberry32: a tiny seeded PRNG, so runs are repeatable. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(n);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))];
const ids = (file: string) => parseYaml(readFileSync(`content/taxonomy/${file}.yaml`, 'utf8')) as { id: string; name: string }[];

const types = ids('types').filter((t) => t.id !== 'telefon-zaufania');
const needs = ids('needs').map((t) => t.id);
const forms = ids('forms').map((t) => t.id);
const audiences = ids('audiences').map((t) => t.id);
const regions = loadRegions();
const gminy = [...regions.gminy.values()];

// A point inside each województwo's outline, for plausible map positions.
const wojFeatures = (JSON.parse(readFileSync('data/geo/wojewodztwa.json', 'utf8')) as { features: Feature[] }).features;
const polandFeatures = (JSON.parse(readFileSync('data/geo/polska.json', 'utf8')) as { features: Feature[] }).features;
/**
 * A random point that the validator accepts for this województwo: inside Poland's outline and the
 * województwo's (the same point-in-polygon tests, src/lib/validation/geo.ts; the two simplified
 * outlines differ slightly along the border).
 */
function pointIn(woj: string): [number, number] {
  const feature = wojFeatures.find((f) => String(f.properties.JPT_KOD_JE) === woj)!;
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const all = polygons.flatMap((rings) => rings[0] ?? []);
  const [minX, maxX] = [Math.min(...all.map((p) => p[0]!)), Math.max(...all.map((p) => p[0]!))];
  const [minY, maxY] = [Math.min(...all.map((p) => p[1]!)), Math.max(...all.map((p) => p[1]!))];
  for (;;) {
    const lat = Math.round((minY + random() * (maxY - minY)) * 1e4) / 1e4;
    const lng = Math.round((minX + random() * (maxX - minX)) * 1e4) / 1e4;
    const point = { lat, lng };
    if (wojewodztwoAt(wojFeatures, point) === woj && polandFeatures.some((f) => contains(f.geometry, point))) return [lat, lng];
  }
}

const HOURS = ['Mo-Fr 07:30-15:30', 'Mo-Fr 08:00-16:00', 'Mo-Th 08:00-16:00; Fr 08:00-14:00', 'Mo,We 10:00-18:00', '24/7', undefined] as const;
const WORDS = ['Słoneczna', 'Przystań', 'Kompas', 'Most', 'Dom', 'Ogród', 'Latarnia', 'Źródło', 'Łąka', 'Wrzos', 'Mosty', 'Horyzont'];
/** Most services work for their gmina; few for a powiat, very few for a whole województwo (as in the seeds). */
const SERVES: readonly (readonly [string, number])[] = [
  ['gmina', 0.85],
  ['powiat', 0.12],
  ['wojewodztwo', 0.03],
];
function serves(): string {
  let x = random();
  for (const [area, share] of SERVES) if ((x -= share) < 0) return area;
  return 'gmina';
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync('content/taxonomy', join(out, 'taxonomy'), { recursive: true });
cpSync('content/helplines.yaml', join(out, 'helplines.yaml'));
cpSync('content/statutory.yaml', join(out, 'statutory.yaml'));
if (existsSync('content/informator')) cpSync('content/informator', join(out, 'informator'), { recursive: true });

const hex = (len: number) => Array.from({ length: len }, () => Math.floor(random() * 16).toString(16)).join('');
for (let i = 1; i <= n; i++) {
  const g = pick(gminy);
  const woj = regions.wojewodztwa.get(g.wojewodztwo)!;
  const powiat = regions.powiaty.get(g.powiat)!;
  const type = pick(types);
  const [lat, lng] = pointIn(g.wojewodztwo);
  const hours = pick(HOURS);
  const name = `${type.name} „${pick(WORDS)} ${i}” w gminie ${g.name} (dane syntetyczne)`;
  const services = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
    id: `usluga-${k + 1}`,
    name: `Usługa próbna ${k + 1}: ${pick(['porady', 'spotkania', 'dyżur', 'zajęcia', 'konsultacje'])}`,
    needs: some(needs, 3),
    forms: some(forms, 2),
    audiences: some(audiences, 2),
    cost: pick(['free', 'free', 'paid', 'mixed']),
  }));
  const yaml = [
    '---',
    `id: ${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
    `name: ${JSON.stringify(name)}`,
    `type: ${type.id}`,
    `gmina: "${g.code}"`,
    `serves: ${serves()}`,
    `location: { lat: ${lat}, lng: ${lng}, precision: ${random() < 0.5 ? 'exact' : 'approximate'} }`,
    `phones:\n  - number: "+48 22 ${String(1000000 + Math.floor(random() * 8000000)).replace(/(\d{3})(\d{2})(\d{2})/, '$1 $2 $3')}"`,
    ...(hours ? [`hours: "${hours}"`] : []),
    ...(random() < 0.3 ? ['accessibility: "Dane syntetyczne: wejście bez schodów."'] : []),
    'services:',
    ...services.map(
      (s) => `  - { id: ${s.id}, name: ${JSON.stringify(s.name)}, needs: [${s.needs}], forms: [${s.forms}], audiences: [${s.audiences}], cost: ${s.cost} }`,
    ),
    `verified: { date: 2026-11-01, source: "Dane syntetyczne do testów wydajności" }`,
    '---',
    '',
    'Wpis syntetyczny do testów wydajności. Ta placówka nie istnieje.',
    '',
  ].join('\n');
  const dir = join(out, 'institutions', woj.slug, powiat.slug, g.slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `syntetyczna-${i}.md`), yaml);
}
console.log(`${n} syntetycznych placówek w ${out} (KATALOG_CONTENT_DIR=${out})`);
