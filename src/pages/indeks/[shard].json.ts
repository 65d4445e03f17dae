import type { APIRoute, GetStaticPaths } from 'astro';
import { recordShards } from '../../data/search-index.ts';

export const getStaticPaths = (async () => [...(await recordShards()).keys()].map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json((await recordShards()).get(params.shard!) ?? []);
