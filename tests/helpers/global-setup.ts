/** Serves the built site for the integration and browser tests; the URL reaches tests through `inject('baseUrl')`. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error(`No built site in ${distDir}/. Run the tests with "npm test", which builds it first.`);
  }
  const { server, url } = await serveStatic(distDir);
  project.provide('baseUrl', url);
  project.provide('distDir', distDir);
  return () => new Promise<void>((done) => server.close(() => done()));
}
