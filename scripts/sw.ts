/** After `astro build` (a step of `npm run build`): writes the offline lists and the service worker into DIST_DIR (default dist/). */
import { buildServiceWorker, writeOfflineLists } from './lib/service-worker.ts';

const distDir = process.env.DIST_DIR ?? 'dist';
const lists = writeOfflineLists(distDir);
const { count, size, warnings } = await buildServiceWorker(distDir);
for (const warning of warnings) console.warn(`Service worker: ${warning}`);
console.log(`Service worker: ${count} plików w pamięci podręcznej (${(size / 1024).toFixed(0)} kB), ${lists} list województw do zapisu offline`);
