/** `npm run preview`: serves the built site on http://127.0.0.1:4321 (PORT to change). */
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';

const dir = process.env.DIST_DIR ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No built site in ${dir}/: run "npm run build" first.`);
  process.exit(1);
}
const { url } = await serveStatic(dir, Number(process.env.PORT ?? 4321), process.env.HOST ?? '127.0.0.1');
console.log(`Katalog Wsparcia: ${url}/  (Ctrl+C, aby zatrzymać)`);
