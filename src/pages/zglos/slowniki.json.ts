import type { APIRoute } from 'astro';
import { getTaxonomies } from '../../data/directory.ts';
import type { FormTaxonomies } from '../../lib/contribute/reference.ts';

/** Taxonomy terms (id and name) for the contribution form's choices and its schema. */
export const GET: APIRoute = async () => {
  const all = await getTaxonomies();
  const pick = (terms: { id: string; name: string }[]) => terms.map(({ id, name }) => ({ id, name }));
  const body: FormTaxonomies = { types: pick(all.types), needs: pick(all.needs), forms: pick(all.forms), audiences: pick(all.audiences) };
  return Response.json(body);
};
