/** The gmina picker's list (TERYT): every gmina with its powiat and województwo, compact. */
import type { APIRoute } from 'astro';
import { loadRegions } from '../../../data/directory.ts';
import { compactGminy } from '../../../lib/catalogue/gminy.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(compactGminy(loadRegions())), { headers: { 'Content-Type': 'application/json' } });
