import type { APIRoute } from 'astro';
import { getOpenData, LICENCE } from '../../data/open-data.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const tables = await getOpenData(origin);
  const document = {
    format: 'HSDS 3.0 (Open Referral Human Services Data Specification), tabele jak w plikach CSV specyfikacji',
    publisher: site.name,
    licence: `${LICENCE.data.name} (${LICENCE.data.url}); kody i nazwy jednostek terytorialnych: rejestr TERYT, Główny Urząd Statystyczny`,
    ...tables,
  };
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
