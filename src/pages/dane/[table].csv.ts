import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { COLUMNS, toCsv } from '../../lib/export/csv.ts';
import { TABLES, type TableName } from '../../lib/export/hsds.ts';

export const getStaticPaths = (() => TABLES.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const table = params.table as TableName;
  const rows = (await getOpenData(site))[table];
  // A byte order mark so that spreadsheet programs read the Polish letters as UTF-8.
  return new Response('\uFEFF' + toCsv(COLUMNS[table], rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
