/** The builder's statutory kinds (content/statutory.yaml), compact: it makes generic cards for the family's gmina from them. */
import type { APIRoute } from 'astro';
import { loadStatutory } from '../../../data/statutory.ts';
import { statutoryTemplate } from '../../../lib/catalogue/statutory.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(loadStatutory().map(statutoryTemplate)), { headers: { 'Content-Type': 'application/json' } });
