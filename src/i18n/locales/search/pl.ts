/**
 * The full-text search's words (/szukaj/: src/pages/[...lang]/szukaj/, src/islands/search/), in Polish: the reference
 * of this area (uk.ts, en.ts have the same keys). The page keeps its own words (`page.*`) in its HTML and hands the
 * island the others, of its own language only.
 */
export const pl = {
  'page.title': 'Szukaj',
  'page.description': 'Wyszukiwarka placówek, telefonów zaufania i artykułów informatora.',
  'page.home': 'Strona główna',
  'page.lead':
    'Szukaj placówek, telefonów zaufania i artykułów informatora. Wybierz województwo, aby szukać też placówek lokalnych. Możesz pisać bez polskich znaków.',
  'page.noscript': 'Wyszukiwarka działa w przeglądarce z włączonym JavaScriptem. Bez niego znajdziesz pomoc tak:',
  'page.noscriptDirectory': 'Placówki według województwa, powiatu i gminy',
  'page.noscriptHelplines': 'Ogólnopolskie telefony zaufania',
  'page.noscriptHelplinesNote': '(czynne także w nocy)',
  'page.noscriptInformator': 'Informator dla rodzin',

  'search.form': 'Wyszukiwarka serwisu',
  'search.label': 'Szukaj w katalogu i informatorze',
  'search.type': 'Rodzaj placówki',
  'search.typeAll': 'Wszystkie',
  'search.wojewodztwo': 'Województwo',
  'search.wojewodztwoNone': 'nie wybrano',
  'search.scopeRegion': 'Szukamy wśród placówek z województwa {region}, w pomocy ogólnopolskiej i w informatorze.',
  'search.scopePlace': 'Szukamy {place} (województwo {region}), w pomocy ogólnopolskiej i w informatorze.',
  'search.scopeNational': 'Szukamy w informatorze, telefonach zaufania i pomocy ogólnopolskiej. Wybierz województwo, aby znaleźć też placówki lokalne.',
  'search.failed': 'Nie udało się wczytać wyszukiwarki. Odśwież stronę.',
  'search.hint': 'Wpisz słowo, np. „psycholog”, „zasiłek” albo nazwę miejscowości.',
  'search.found': 'Znaleziono: {count}.',
  'search.none': 'Nic nie znaleziono.',
  'search.tryOther': 'Spróbuj innego słowa albo usuń filtry',
  'search.tryRegion': ', a jeśli szukasz placówki, wybierz województwo',
  'search.browse': '. Możesz też przejrzeć',
  'search.browseDirectory': 'placówki według miejsca',
  'search.browseOr': 'lub',
  'search.browseHelplines': 'telefony zaufania',
  'search.region': 'województwo {name}',
  'search.offers': 'Oferuje: {offers}',
  'search.more': 'Pokaż kolejne wyniki',
  'search.inPolish': '(po polsku)',
  'search.count.one': 'wynik',
  'search.count.few': 'wyniki',
  'search.count.many': 'wyników',
};
