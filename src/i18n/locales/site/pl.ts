/**
 * The site's chrome (src/layouts/Base.astro and the components it holds): skip link, navigation, language switcher,
 * footer, quick exit, the offline and update messages, saving a województwo offline. Browser scripts never import
 * these words: the page writes them into its HTML in its own language (see FieldStatus.astro, SaveOffline.astro).
 * `link.inPolish` marks a link of a Ukrainian or English page that leads to a page in Polish only.
 */
export const pl = {
  tagline: 'Lokalne wsparcie dla rodzin i indywidualny katalog możliwego wsparcia',
  skip: 'Przejdź do treści',
  'nav.label': 'Główna nawigacja',
  'nav.directory': 'Placówki',
  'nav.search': 'Szukaj',
  'nav.helplines': 'Telefony zaufania',
  'nav.informator': 'Informator',
  'nav.catalogue': 'Katalog wsparcia',
  'link.inPolish': '',
  'langs.label': 'Wersje językowe',
  /** After a language's name when the page does not exist in it and the link leads to that language's home page. */
  'langs.home': 'strona główna',
  home: 'Strona główna',
  breadcrumbs: 'Ścieżka',
  'footer.emergency': 'W nagłej sytuacji, gdy zagrożone jest życie lub zdrowie, dzwoń pod numer alarmowy',
  'footer.contribute': 'Dodaj lub popraw placówkę',
  'footer.openData': 'Otwarte dane',
  'footer.coverage': 'Pokrycie katalogu',
  'footer.privacy': 'Prywatność',
  'footer.accessibility': 'Deklaracja dostępności',
  'footer.easyToRead': 'Tekst łatwy do czytania',
  'quickExit.text': 'Szybkie wyjście',
  'quickExit.title': 'Natychmiast opuść tę stronę (albo naciśnij dwa razy Esc)',
  'field.offline': 'Tryb offline: dane z {date}. Widzisz strony zapisane na tym urządzeniu.',
  'field.update': 'Dostępna jest nowa wersja —',
  'field.updateNow': 'odśwież',
  'save.title': 'Bez internetu',
  'save.intro':
    'Jedziesz tam, gdzie nie ma zasięgu? Zapisz strony województwa {name} na tym urządzeniu. Zapis zostaje tylko w tej przeglądarce; możesz go usunąć w każdej chwili.',
  'save.now': 'Zapisz województwo do użytku offline',
  'save.clear': 'Usuń zapisane strony',
  'save.progress': 'Zapisywanie… {done} z {total}',
  'save.done': 'Gotowe: zapisano {saved}. Będą działać na tym urządzeniu bez internetu.',
  'save.partial': 'Zapisano {saved}; {failed} nie udało się pobrać. Spróbuj ponownie przy lepszym zasięgu.',
  'save.failed': 'Nie udało się zapisać stron. Sprawdź połączenie z internetem i spróbuj ponownie.',
  'save.cleared': 'Usunięto strony zapisane na tym urządzeniu.',
} as const;
