/**
 * `client:interaction`: hydrates an island on the first pointer, focus or key inside it (or at
 * once when the URL already carries a query). Works with any renderer (the directory's filter is
 * Preact). Until then the page ships neither the island nor its framework: the directory stays light
 * for a phone that only browses the server-rendered lists.
 */
import type { AstroIntegration } from 'astro';

export default function interactionDirective(): AstroIntegration {
  return {
    name: 'katalog-interaction-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: new URL('./interaction-client.ts', import.meta.url).pathname });
      },
    },
  };
}
