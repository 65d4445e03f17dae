/**
 * A changed copy of the site, built for a test: copies content/ into `dir`, lets `edit` change the copy,
 * and runs `astro build` on it (KATALOG_CONTENT_DIR), then Pagefind when asked, as `npm run build` does.
 * Used by the tests that build their own site (tests/integration/broken-content, resilience, xss-build).
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteBuild {
  /** Exit status of the build (of Pagefind when it ran): 0 when it succeeded. */
  status: number | null;
  /** Everything the build printed, for the test's failure message. */
  output: string;
  /** The copy of content/ that was built. */
  content: string;
  /** The built site. */
  dist: string;
}

export interface BuildSiteOptions {
  /** Changes the copy of content/ (its folder is passed) before the build. */
  edit: (content: string) => void;
  /** Environment added to the build's (e.g. PUBLIC_MAP_TILES). */
  env?: Record<string, string>;
  /** Also index the built site with Pagefind (its fragments hold the pages' text). */
  pagefind?: boolean;
  /** Milliseconds the Astro build may take. */
  timeout: number;
}

export function buildSite(dir: string, { edit, env = {}, pagefind = false, timeout }: BuildSiteOptions): SiteBuild {
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  cpSync('content', content, { recursive: true });
  edit(content);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    env: { ...process.env, KATALOG_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout,
  });
  let status = result.status;
  let output = `${result.stdout}\n${result.stderr}`;
  if (pagefind && status === 0) {
    const indexed = spawnSync(process.execPath, ['scripts/pagefind.ts'], { env: { ...process.env, DIST_DIR: dist }, encoding: 'utf8', timeout: 120_000 });
    status = indexed.status;
    output += `\n${indexed.stdout}\n${indexed.stderr}`;
  }
  return { status, output, content, dist };
}
