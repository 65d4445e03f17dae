/** Every locality of Poland whose name starts with two letters, with its gmina: "find my gmina by the village" without a województwo. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPlaceShards } from '../../../data/localities.ts';

export const getStaticPaths = (() => [...loadPlaceShards().keys()].map((key) => ({ params: { key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(loadPlaceShards().get(params.key!)), { headers: { 'Content-Type': 'application/json' } });
