/** Every URL of the directory is built here, so pages, islands and the PDF agree. */
export const paths = {
  home: '/',
  directory: '/placowki/',
  wojewodztwo: (woj: string) => `/placowki/${woj}/`,
  powiat: (woj: string, powiat: string) => `/placowki/${woj}/${powiat}/`,
  gmina: (woj: string, powiat: string, gmina: string) => `/placowki/${woj}/${powiat}/${gmina}/`,
  type: (type: string) => `/placowki/rodzaj/${type}/`,
  institution: (slug: string) => `/placowka/${slug}/`,
  helplines: '/telefony-zaufania/',
  helpline: (id: string) => `/telefony-zaufania/#${id}`,
  informator: '/informator/',
  article: (slug: string) => `/informator/${slug}/`,
  catalogue: '/katalog/',
  /** The builder's data, fetched only after the family's gmina is chosen: one file per województwo, one national. */
  catalogueData: (woj: string) => `/katalog/dane/${woj}.json`,
  catalogueNational: '/katalog/dane/krajowe.json',
  catalogueGminy: '/katalog/dane/gminy.json',
  /** The statutory kinds, from which the builder makes generic cards for the family's gmina. */
  catalogueStatutory: '/katalog/dane/ustawowe.json',
  /** One województwo's towns and villages with their gminas (src/lib/regions/localities.ts), for "find my gmina by the village". */
  localities: (woj: string) => `/miejscowosci/${woj}.json`,
  /** Every locality of Poland whose folded name starts with two letters (src/lib/regions/localities.ts), with its gmina's page. */
  placeShard: (key: string) => `/miejscowosci/nazwy/${key}.json`,
  search: '/szukaj/',
  /** Pagefind's bundle for one search index: "kraj" (national) or a województwo's TERYT code (src/lib/search/pagefind-plan.ts). */
  searchIndex: (name: string) => `/pagefind/${name}/`,
  map: '/mapa/',
  /** Data for the instant filter and the map (not the open data in /dane/). */
  searchMeta: '/indeks/meta.json',
  searchRecords: (shard: string) => `/indeks/${shard}.json`,
  mapOutlines: '/indeks/obrysy.json',
  contribute: '/zglos/',
  /** The form for a new entry, prefilled with a type and a gmina (src/lib/contribute/prefill.ts reads them). */
  contributeNew: (type: string, gmina: string) => `/zglos/?rodzaj=${encodeURIComponent(type)}&gmina=${encodeURIComponent(gmina)}`,
  openData: '/dane/',
  /** Where the directory has entries, where it has gaps, and how old its data is. */
  coverage: '/pokrycie/',
  openDataJson: '/dane/hsds.json',
  openDataCsv: (table: string) => `/dane/${table}.csv`,
  /** The form with an entry loaded for correction; the województwo (TERYT code) says which file holds the entry. */
  correction: (slug: string, woj: string) => `/zglos/?popraw=${slug}&woj=${woj}`,
  /** The form prefilled for a new entry of a type in a place: a gmina (7 digits) or a powiat (4); src/lib/contribute/prefill-place.ts. */
  contributeAt: (type: string, place: string) => `/zglos/?rodzaj=${type}&${place.length === 4 ? 'powiat' : 'gmina'}=${place}`,
  /** The same correction, prefilled to change only the verification ("Potwierdź, że dane są aktualne"; src/lib/contribute/confirm.ts). */
  confirmation: (slug: string, woj: string) => `/zglos/?popraw=${slug}&woj=${woj}&potwierdz=1`,
  contributeData: (name: 'gminy' | 'slowniki') => `/zglos/${name}.json`,
  /** Current data of one województwo's institutions, for the correction form (one file per region, not all of Poland). */
  correctionData: (woj: string) => `/zglos/wpisy/${woj}.json`,
  privacy: '/prywatnosc/',
  accessibility: '/deklaracja-dostepnosci/',
  easyToRead: '/tekst-latwy-do-czytania/',
  /** Served by the service worker when a page is not in the cache. */
  offline: '/offline/',
  /** The addresses of one województwo to save for use without a connection (written after the build). */
  offlineList: (woj: string) => `/offline/${woj}.json`,
} as const;
