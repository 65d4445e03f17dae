import { unified } from '@astrojs/markdown-remark';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import interactionDirective from './src/integrations/interaction-directive.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  trailingSlash: 'always',
  outDir: './dist',
  integrations: [react(), interactionDirective(), pagefind()],
  markdown: {
    // Contributed Markdown must not carry HTML or scripts: sanitise after rendering.
    processor: unified({ rehypePlugins: [rehypeSanitize] }),
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  preview: { host: '127.0.0.1', port: 4321 },
});
