/**
 * Statutory kinds in the builder: the compact templates shipped to the browser (made at build time from
 * content/statutory.yaml) and, for the family's gmina, one generic entry per kind that no real entry of
 * its type answers there. Generic entries are suggested like any entry, marked as generic, never verified.
 */
import type { StatutoryKind, StatutoryLevel } from '../../schemas/statutory.ts';
import { paths } from '../directory/paths.ts';
import { reach } from '../regions/coverage.ts';
import { actsText, GENERIC_NOTE, howToFind } from '../statutory/baseline.ts';
import type { CatalogueEntry } from './entries.ts';

export interface StatutoryTemplate {
  id: string;
  type: string;
  level: StatutoryLevel;
  name: string;
  alsoCalled: string[];
  howToFind: string; // with {gmina} and {powiat}
  acts: string;
  services: CatalogueEntry['services'];
}

export function statutoryTemplate(kind: StatutoryKind): StatutoryTemplate {
  return {
    id: kind.id,
    type: kind.type,
    level: kind.level,
    name: kind.name,
    alsoCalled: kind.also_called,
    howToFind: kind.how_to_find,
    acts: actsText(kind),
    services: kind.services.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description ?? '',
      access: s.access ?? '',
      needs: s.needs,
      audiences: s.audiences,
    })),
  };
}

export const STATUTORY_PREFIX = 'ustawowe-';

export interface GminaWords {
  code: string;
  name: string;
  powiat: string; // "powiat augustowski"
}

/** One generic entry per kind that no real entry of its type reaches in this gmina. */
export function genericEntries(templates: readonly StatutoryTemplate[], entries: readonly CatalogueEntry[], gmina: GminaWords): CatalogueEntry[] {
  const present = new Set(entries.filter((e) => e.kind !== 'statutory' && reach({ gmina: e.gmina, serves: e.serves }, gmina.code) !== null).map((e) => e.type));
  return templates
    .filter((t) => !present.has(t.type))
    .map((t) => ({
      id: `${STATUTORY_PREFIX}${t.id}`,
      kind: 'statutory',
      name: t.name,
      url: paths.type(t.type),
      type: t.type,
      gmina: gmina.code,
      serves: t.level,
      emergency: false,
      address: '',
      phones: [],
      emails: [],
      hoursText: [],
      verified: '',
      services: t.services,
      generic: {
        note: GENERIC_NOTE[t.level],
        howToFind: howToFind({ how_to_find: t.howToFind }, { gmina: gmina.name, powiat: gmina.powiat }),
        acts: t.acts,
        alsoCalled: t.alsoCalled,
      },
    }));
}
