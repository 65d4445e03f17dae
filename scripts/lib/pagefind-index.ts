/**
 * Indexes the built site with Pagefind's Node API (a step of `npm run build`, after `astro build`,
 * beside the service worker): one index per województwo and one national index (the split is in
 * src/lib/search/pagefind-plan.ts).
 *
 * A page is searchable when it carries `data-pagefind-body`; every institution page does. Which
 * region an institution page belongs to comes from the search records the build wrote
 * (/indeks/*.json). Each index's pages are hard-linked into a staging folder that Pagefind reads
 * as a directory (a glob listing thousands of files is far slower: Pagefind matches it against
 * every file of the site, once per index).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { paths } from '../../src/lib/directory/paths.ts';
import type { SearchMeta } from '../../src/lib/search/meta.ts';
import { planIndexes, type PlannedPage } from '../../src/lib/search/pagefind-plan.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';

/** Pagefind writes its ready-made interfaces too; the site uses only its JavaScript API (src/islands/search/). */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];
const SKIPPED_FOLDERS = new Set(['_astro', 'pagefind', 'indeks']);
/** The folder of institution pages in the built site: 'placowka/'. */
const INSTITUTIONS = paths.institution('x').slice(1, -2);

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/**
 * Searchable pages as URL → file relative to the site. Institution pages (all searchable) are not
 * read; any other page is when it carries data-pagefind-body.
 */
function searchablePages(site: string, folder = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(join(site, folder), { withFileTypes: true })) {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(relative)) for (const [url, file] of searchablePages(site, relative)) found.set(url, file);
    } else if (
      entry.name === 'index.html' &&
      (relative.startsWith(INSTITUTIONS) || readFileSync(join(site, relative), 'utf8').includes('data-pagefind-body'))
    ) {
      found.set(`/${folder ? `${folder}/` : ''}`, relative);
    }
  }
  return found;
}

/** Hard-links the files (relative to the site) into the folder, keeping their paths, a few hundred at a time. */
async function stagePages(site: string, folder: string, files: string[]): Promise<void> {
  const BATCH = 256;
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async (file) => {
        const target = join(folder, file);
        await mkdir(dirname(target), { recursive: true });
        await link(join(site, file), target);
      }),
    );
  }
}

function recordShards(site: string): { regions: string[]; shardOf: Map<string, string> } {
  const meta = readJson<SearchMeta>(join(site, paths.searchMeta));
  const shardOf = new Map<string, string>();
  for (const shard of Object.keys(meta.shards)) {
    for (const record of readJson<SearchRecord[]>(join(site, paths.searchRecords(shard)))) shardOf.set(record.u, shard);
  }
  return { regions: meta.wojewodztwa.map(([code]) => code), shardOf };
}

/** Writes the indexes into <site>/pagefind/<name>/; returns a line that says what went where. */
export async function indexSite(site: string): Promise<string> {
  const files = searchablePages(site);
  const { regions, shardOf } = recordShards(site);
  // An institution's page is at its record's URL; any other searchable page belongs to every index.
  const pages: PlannedPage[] = [...files].map(([url, file]) => {
    const shard = shardOf.get(url);
    if (!shard && file.startsWith(INSTITUTIONS)) throw new Error(`Pagefind: brak rekordu wyszukiwania dla ${url}`);
    return { url, shard };
  });
  const plan = planIndexes(pages, regions);
  const staging = join(site, '.pagefind-staging');
  try {
    // Per index: link its pages, index them, remove the links while the index is written.
    // The file operations run on libuv's threads, beside Pagefind's own work on the other indexes.
    const counts = await Promise.all(
      [...plan].map(async ([name, urls]) => {
        const folder = join(staging, name);
        await stagePages(
          site,
          folder,
          urls.map((url) => files.get(url)!),
        );
        // Each page's language comes from its <html lang>: the Polish pages make the "pl" index of every
        // folder, the translated ones (e.g. /uk/informator/) their own language's, so a Polish search never
        // returns a Ukrainian page and a Ukrainian page searches in Ukrainian.
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: folder });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const removed = rm(folder, { recursive: true, force: true });
        const output = join(site, paths.searchIndex(name));
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await Promise.all([removed, ...UNUSED_FILES.map((file) => rm(join(output, file), { force: true }))]);
        return `${name}: ${added.page_count}`;
      }),
    );
    return `Pagefind: ${files.size} stron w ${plan.size} indeksach (stron w indeksie: ${counts.join(', ')})`;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await pagefind.close();
  }
}
