/** After `astro build` (a step of `npm run build`): the Pagefind indexes of DIST_DIR (default dist/), see scripts/lib/pagefind-index.ts. */
import { resolve } from 'node:path';
import { indexSite } from './lib/pagefind-index.ts';

console.log(await indexSite(resolve(process.env.DIST_DIR ?? 'dist')));
