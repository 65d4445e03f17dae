/**
 * The coverage figures and map for /pokrycie/, computed once per build from every entry,
 * the TERYT register and the powiat outlines (data/geo/powiaty.json). Node only.
 */
import { readFileSync } from 'node:fs';
import { coverageFigures, mostlyStale, shadeOf, type CoverageFigures, type StatutoryKind } from '../lib/coverage/figures.ts';
import { matchPowiaty, type PowiatFeature } from '../lib/coverage/powiat-match.ts';
import { coverageSvg, type MapArea } from '../lib/coverage/svg-map.ts';
import type { Feature } from '../lib/validation/geo.ts';
import { count } from '../i18n/index.ts';
import { builtOn } from './build-info.ts';
import { getAllEntries, loadRegions } from './directory.ts';
import { projectPath } from './reference.ts';

const geo = <T>(file: string) => (JSON.parse(readFileSync(projectPath(`data/geo/${file}`), 'utf8')) as { features: T[] }).features;

let cache: Promise<{ figures: CoverageFigures; svg: string }> | undefined;

/** `statutory`: kinds of institution the law puts in every gmina or powiat (content/statutory.yaml when it exists). */
export function getCoverage(statutory: readonly StatutoryKind[], labelledBy: string) {
  cache ??= (async () => {
    const regions = loadRegions();
    const entries = (await getAllEntries()).map((e) => ({
      gmina: e.place?.gmina.code,
      serves: e.serves,
      type: e.type,
      status: e.status,
      freshness: e.freshness,
    }));
    const figures = coverageFigures(entries, regions, statutory, builtOn);
    const features = geo<PowiatFeature>('powiaty.json');
    const { codes, problems } = matchPowiaty(features, regions, geo<Feature>('wojewodztwa.json'));
    if (problems.length) throw new Error(`data/geo/powiaty.json: ${problems.join('; ')}`);
    const byCode = new Map(figures.wojewodztwa.flatMap((w) => w.powiaty.map((p) => [p.code, p] as const)));
    const areas: MapArea[] = features.map((f, i) => {
      const p = byCode.get(codes[i]!)!;
      const stale = p.stale ? `, ${count(p.stale, 'olderThanYear')}` : '';
      return {
        code: p.code,
        label: p.name,
        geometry: f.geometry,
        shade: shadeOf(p.entries),
        hatched: mostlyStale(p),
        title: `${p.name}: ${count(p.entries, 'entry')}${stale}`,
      };
    });
    return { figures, svg: coverageSvg(areas, labelledBy) };
  })();
  return cache;
}
