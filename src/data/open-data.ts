/** The directory as HSDS tables, built once per build from every entry (institutions and national helplines). */
import { toHsds, type HsdsTables } from '../lib/export/hsds.ts';
import { getHelplines, getInstitutionSources } from './directory.ts';

let cache: Promise<HsdsTables> | undefined;

export function getOpenData(site: URL | undefined): Promise<HsdsTables> {
  cache ??= (async () => {
    const institutions = (await getInstitutionSources()).map(({ view, body }) => ({ view, body }));
    const helplines = (await getHelplines()).map((view) => ({ view }));
    return toHsds([...institutions, ...helplines], { site: site?.origin ?? 'http://localhost:4321' });
  })();
  return cache;
}

export const LICENCE = {
  data: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.pl' },
  specification: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.pl' },
};
