/** Settings of this deployment, one place each. Override with PUBLIC_* variables at build time. */
export const site = {
  name: 'Katalog Wsparcia',
  tagline: 'Lokalne wsparcie dla rodzin i indywidualny katalog możliwego wsparcia',
  /** GitHub repository (owner/name) that receives contributions by pull request. */
  repository: import.meta.env.PUBLIC_REPOSITORY ?? 'katalog-wsparcia/katalog-wsparcia',
  branch: import.meta.env.PUBLIC_BRANCH ?? 'main',
  /** Map tiles: "osm" (OpenStreetMap, with attribution) or "none" (offline outlines only; used in tests). */
  tiles: (import.meta.env.PUBLIC_MAP_TILES ?? 'osm') as 'osm' | 'none',
  /** The maintainers' e-mail for contributions without GitHub ("Wyślij e-mailem"); empty hides that path. */
  contactEmail: (import.meta.env.PUBLIC_CONTACT_EMAIL ?? '').trim(),
};

export const githubEditUrl = (file: string) => `https://github.com/${site.repository}/edit/${site.branch}/${file}`;
