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

export const GET: APIRoute = async (context) => jsonFile((await hsdsExport(context)).serviceFor(String(context.props.documentId)));
