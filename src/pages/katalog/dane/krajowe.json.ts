/** The builder's national data: helplines and institutions that serve the whole country. */
import type { APIRoute } from 'astro';
import { getAllEntries } from '../../../data/directory.ts';
import { catalogueEntry } from '../../../lib/catalogue/entries.ts';

export const GET: APIRoute = async () => {
  const entries = (await getAllEntries()).filter((e) => e.serves === 'kraj' && e.status !== 'inactive');
  return new Response(JSON.stringify(entries.map(catalogueEntry)), { headers: { 'Content-Type': 'application/json' } });
};
