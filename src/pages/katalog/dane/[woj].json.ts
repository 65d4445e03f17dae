/** The builder's data for one województwo: its institutions (those serving the whole country are in krajowe.json). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getInstitutions, loadRegions } from '../../../data/directory.ts';
import { catalogueEntry } from '../../../lib/catalogue/entries.ts';

export const getStaticPaths = (() =>
  [...loadRegions().wojewodztwa.values()].map((w) => ({ params: { woj: w.slug }, props: { code: w.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { code } = props as { code: string };
  const entries = (await getInstitutions()).filter((e) => e.place?.wojewodztwo.code === code && e.serves !== 'kraj' && e.status !== 'inactive');
  return new Response(JSON.stringify(entries.map(catalogueEntry)), { headers: { 'Content-Type': 'application/json' } });
};
