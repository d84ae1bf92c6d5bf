/** One table of the CSV package (HSDS's tabular form). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { hsdsExport } from '../../../../open-data/respond.ts';
import { HSDS_TABLES, type HsdsTable, hsdsTables, toCsv } from '../../../../open-data/tabular.ts';

export const getStaticPaths: GetStaticPaths = () =>
  (Object.keys(HSDS_TABLES) as HsdsTable[]).map((table) => ({ params: { file: HSDS_TABLES[table].path }, props: { table } }));

export const GET: APIRoute = async (context) => {
  const exp = await hsdsExport(context);
  const table = context.props.table as HsdsTable;
  return new Response(toCsv(table, hsdsTables(exp)[table]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
