/** One service with all that belongs to it (HSDS `/services/{id}`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../../lib/content.ts';
import { hsdsId } from '../../../../open-data/hsds.ts';
import { hsdsExport, jsonFile } from '../../../../open-data/respond.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getSite()).collections.insatser.map((item) => ({
    params: { id: hsdsId('insats', item.data.documentId) },
    props: { documentId: item.data.documentId },
  }));

export const GET: APIRoute = async (context) => {
  const item = (await getSite()).collections.insatser.find((i) => i.data.documentId === context.props.documentId);
  if (!item) throw new Error(`Insatsen ${String(context.props.documentId)} finns inte.`);
  return jsonFile((await hsdsExport(context)).service(item));
};
