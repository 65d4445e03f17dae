/**
 * Which gminas an entry serves. A TERYT gmina code holds its powiat (first 4 digits)
 * and its województwo (first 2), so coverage needs no lookup.
 */

import type { Reach, ServiceArea } from '../../schemas/vocabulary.ts';

export interface Placed {
  gmina: string | undefined; // undefined only for national services with no seat in the register
  serves: ServiceArea;
}

/** How an entry reaches a gmina: 0 local, 1 powiat, 2 województwo, 3 national; null if it does not serve it. */
export function reach(entry: Placed, gminaCode: string): Reach | null {
  if (entry.serves === 'kraj') return entry.gmina === gminaCode ? 0 : 3;
  if (!entry.gmina) return null;
  if (entry.gmina === gminaCode) return 0;
  if (entry.serves === 'powiat' && entry.gmina.slice(0, 4) === gminaCode.slice(0, 4)) return 1;
  if (entry.serves === 'wojewodztwo' && entry.gmina.slice(0, 2) === gminaCode.slice(0, 2)) return 2;
  return null;
}
