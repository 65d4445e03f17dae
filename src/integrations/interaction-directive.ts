/**
 * `client:interaction`: hydrates an island on the first pointer, focus or key inside it (or at
 * once when the URL already carries a query). Until then the page ships no React at all: the
 * directory stays light for a phone that only browses the server-rendered lists.
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
