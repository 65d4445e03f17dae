import type { APIRoute } from 'astro';
import { mapOutlines } from '../../data/geo.ts';

export const GET: APIRoute = () => Response.json(mapOutlines());
