import type { APIRoute } from 'astro';
import { searchMeta } from '../../data/search-index.ts';

export const GET: APIRoute = async () => Response.json(await searchMeta());
