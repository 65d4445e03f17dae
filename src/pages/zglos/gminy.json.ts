import type { APIRoute } from 'astro';
import { loadRegions } from '../../data/reference.ts';
import { formRegions } from '../../lib/contribute/reference.ts';

/** TERYT units for the contribution form: choose the gmina, make the file's folder. */
export const GET: APIRoute = () => Response.json(formRegions(loadRegions()));
