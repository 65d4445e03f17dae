import type { APIRoute } from 'astro';
import { getInstitutionSources } from '../../data/directory.ts';

/** Every institution's current data, by slug, so /zglos/?popraw=<slug> can load it into the form. */
export const GET: APIRoute = async () => {
  const entries = await getInstitutionSources();
  return Response.json(Object.fromEntries(entries.map(({ view, data, body, file }) => [view.slug, { file, data, body }])));
};
