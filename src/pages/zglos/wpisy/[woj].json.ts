import type { APIRoute, GetStaticPaths } from 'astro';
import { getInstitutionSources } from '../../../data/directory.ts';

type Source = Awaited<ReturnType<typeof getInstitutionSources>>[number];

/**
 * The current data of one województwo's institutions, by slug, so /zglos/?popraw=<slug>&woj=<code>
 * can load an entry into the form without downloading the whole country.
 */
export const getStaticPaths = (async () => {
  const byRegion = new Map<string, Source[]>();
  for (const source of await getInstitutionSources()) {
    const woj = source.view.place.wojewodztwo.code;
    if (!byRegion.has(woj)) byRegion.set(woj, []);
    byRegion.get(woj)!.push(source);
  }
  return [...byRegion].map(([woj, sources]) => ({ params: { woj }, props: { sources } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { sources } = props as { sources: Source[] };
  return Response.json(Object.fromEntries(sources.map(({ view, data, body, file }) => [view.slug, { file, data, body }])));
};
