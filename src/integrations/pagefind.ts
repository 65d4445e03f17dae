/** Indexes the built site with Pagefind's Node API after `astro build`. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'katalog-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`Pagefind: ${added.page_count} stron w indeksie`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
