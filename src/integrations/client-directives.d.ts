// Types for the custom client:interaction directive (a .d.ts beside a .ts of the same name would be ignored).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:interaction'?: boolean;
  }
}
