import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import interactionDirective from './src/integrations/interaction-directive.ts';

/**
 * Two JSX renderers, each with its own files. Preact for the directory's filter (src/islands/directory/*.tsx:
 * /placowki/ must stay small after the first use too); React for everything else (catalogue builder,
 * contribution form, search, map), since @react-pdf/renderer and react-leaflet need real React, so no
 * preact/compat alias. The Preact files also carry a `@jsxImportSource preact` pragma for TypeScript.
 */
const PREACT_FILES = ['**/src/islands/directory/*.tsx'];

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  trailingSlash: 'always',
  outDir: './dist',
  integrations: [preact({ include: PREACT_FILES }), react({ exclude: PREACT_FILES }), interactionDirective()],
  markdown: {
    // Contributed Markdown must not carry HTML or scripts: sanitise after rendering.
    // No SmartyPants: it writes English quotes (“…”); Polish text uses „…”, typed as such by its authors.
    processor: unified({ rehypePlugins: [rehypeSanitize], smartypants: false }),
    // Shiki colours code with inline style attributes, which the CSP (no 'unsafe-inline') blocks;
    // articles for families have no code to highlight.
    syntaxHighlight: false,
  },
  build: { format: 'directory', concurrency: 8 },
  security: {
    /**
     * Content-Security-Policy as a <meta> tag on every page, with hashes of Astro's own inline
     * scripts and styles (island hydration included): no 'unsafe-inline' anywhere.
     * What a meta tag cannot carry (frame-ancestors) is in public/_headers, with the rest repeated
     * for hosts that send headers. Why each source is allowed:
     *  - script-src 'wasm-unsafe-eval': Pagefind's search runs WebAssembly.
     *  - worker-src blob:: Pagefind starts its worker from a blob; 'self' for the service worker.
     *  - img-src https://tile.openstreetmap.org: map tiles. CSP is per page and static, so the host
     *    is allowed on every page; no page requests a tile until the user opens the map (tested).
     *    data: for small images the build inlines.
     *  - connect-src 'self': Pagefind's index, data JSON, the service worker's fetches; data: because the
     *    PDF engine's layout code (yoga) loads its WebAssembly from a data: URL it carries inside its own
     *    bundle. A data: URL cannot send anything anywhere.
     */
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: https://tile.openstreetmap.org",
        "font-src 'self'",
        "connect-src 'self' data:",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: {
      // Page scripts stay external modules (Astro would inline small ones): one cached file instead
      // of the same bytes in every page, and nothing inline for the CSP to trust but Astro's own
      // hydration code. Other assets keep Vite's default (undefined = decide by size).
      assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
