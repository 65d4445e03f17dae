/** One województwo's towns and villages with their gminas, fetched only when a person searches by a locality name. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLocalityFiles } from '../../data/localities.ts';
import { loadRegions } from '../../data/reference.ts';

export const getStaticPaths = (() =>
  [...loadRegions().wojewodztwa.values()].map((w) => ({ params: { woj: w.slug }, props: { code: w.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { code } = props as { code: string };
  return new Response(JSON.stringify(loadLocalityFiles().get(code) ?? { g: [], m: [] }), { headers: { 'Content-Type': 'application/json' } });
};
