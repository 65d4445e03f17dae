/**
 * The interface's words in Polish: one flat object with dotted keys (as Starlight's UI strings), the only
 * home of every label keyed by the vocabulary (src/schemas/vocabulary.ts) and of the catalogue's field labels.
 * A second language is a sibling file of the same keys (`uk.ts`, `en.ts`), typed `Dictionary`, so a missing
 * key is a type error and `words.test.ts` fails; each page imports only its own language's file.
 * `{name}` in a text is a parameter (see `t` in ../translate.ts). Plurals are three keys: `.one`, `.few`, `.many`.
 */
export const pl = {
  // What a service costs: the adjective (form options, open data) and how a sentence says it.
  'cost.free': 'bezpłatne',
  'cost.paid': 'płatne',
  'cost.mixed': 'częściowo płatne',
  'cost.inline.free': 'bezpłatnie',
  'cost.inline.paid': 'płatne',
  'cost.inline.mixed': 'częściowo płatne',

  // Whether an institution works now: the form's option and the notice on its page ('' for none).
  'status.active': 'działa',
  'status.temporarily-closed': 'czasowo zamknięta',
  'status.inactive': 'nie działa',
  'status.notice.active': '',
  'status.notice.temporarily-closed': 'Placówka jest czasowo zamknięta.',
  'status.notice.inactive': 'Placówka nie działa.',

  // How far an entry's help reaches (service_area): the form's option, and the area named with its place.
  'area.gmina': 'gmina',
  'area.powiat': 'powiat',
  'area.wojewodztwo': 'województwo',
  'area.kraj': 'cała Polska',
  'area.of.gmina': 'gmina {name}',
  'area.of.powiat': '{name}',
  'area.of.wojewodztwo': 'województwo {name}',
  'area.of.kraj': 'cała Polska',

  // How an entry reaches a chosen gmina (0 local … 3 national): the short tag, the builder's reason, the gmina page's heading.
  'reach.0': 'W gminie',
  'reach.1': 'W powiecie',
  'reach.2': 'W województwie',
  'reach.3': 'Ogólnopolskie',
  'reach.reason.0': 'działa w Twojej gminie',
  'reach.reason.1': 'działa w Twoim powiecie',
  'reach.reason.2': 'działa w Twoim województwie',
  'reach.reason.3': 'działa w całej Polsce',
  'reach.heading.0': 'W gminie',
  'reach.heading.1': 'Dla całego powiatu',
  'reach.heading.2': 'Dla całego województwa',
  'reach.heading.3': 'Ogólnopolskie telefony i usługi',
  // A generic (statutory) card: the law puts it in every gmina (0) or powiat (1).
  'reach.statutory.0': 'taka instytucja działa w każdej gminie, także w Twojej',
  'reach.statutory.1': 'taka instytucja działa dla każdego powiatu, także Twojego',

  // How exact a map position is.
  'precision.exact': 'dokładne (budynek)',
  'precision.approximate': 'przybliżone (tylko miejscowość)',

  // The family's resources, in the three groups of Table 2 of the guide.
  'resourceGroup.personal': 'Zasoby osobiste',
  'resourceGroup.family': 'Zasoby systemu rodzinnego',
  'resourceGroup.environment': 'Zasoby środowiska',

  // The field labels of one service in the catalogue (HTML preview and PDF) and on an institution's page.
  'field.name': 'Nazwa',
  'field.type': 'Rodzaj',
  'field.offers': 'Co oferuje',
  'field.website': 'Strona internetowa',
  'field.note': 'Uwagi',
  'field.access': 'Jak skorzystać',
  'field.address': 'Adres',
  'field.phone': 'Telefon',
  'field.email': 'E-mail',
  'field.hours': 'Godziny',
  'field.why': 'Dlaczego',
  'field.nextStep': 'Następny krok',
  'field.contactPerson': 'Osoba do kontaktu',
  'field.documents': 'Dokumenty do zabrania',
  'field.date': 'Termin',
  'field.audiences': 'Dla kogo',
  'field.needs': 'W sprawach',
  'field.forms': 'Forma wsparcia',
  'field.cost': 'Koszt',
  'field.area': 'Obszar działania',

  // The catalogue (preview and PDF).
  'catalogue.title': 'Indywidualny katalog możliwego wsparcia',
  'catalogue.verified': 'Dane sprawdzono: {date}.',
  'catalogue.addedBy': 'Dane dodane przez asystenta rodziny',
  'catalogue.ownNote': '(tej pozycji nie ma w katalogu placówek)',

  // Counted words: "1 placówka", "2 placówki", "5 placówek".
  'count.institution.one': 'placówka',
  'count.institution.few': 'placówki',
  'count.institution.many': 'placówek',
  'count.service.one': 'usługa',
  'count.service.few': 'usługi',
  'count.service.many': 'usług',
  'count.result.one': 'wynik',
  'count.result.few': 'wyniki',
  'count.result.many': 'wyników',
  'count.helpline.one': 'telefon',
  'count.helpline.few': 'telefony',
  'count.helpline.many': 'telefonów',
  'count.gmina.one': 'gmina',
  'count.gmina.few': 'gminy',
  'count.gmina.many': 'gmin',
  'count.article.one': 'artykuł',
  'count.article.few': 'artykuły',
  'count.article.many': 'artykułów',
  'count.entry.one': 'wpis',
  'count.entry.few': 'wpisy',
  'count.entry.many': 'wpisów',
  // "Dane 1 wpisu / 5 wpisów sprawdzono…" (genitive).
  'count.entryOf.one': 'wpisu',
  'count.entryOf.few': 'wpisów',
  'count.entryOf.many': 'wpisów',
  'count.olderThanYear.one': 'starszy niż rok',
  'count.olderThanYear.few': 'starsze niż rok',
  'count.olderThanYear.many': 'starszych niż rok',
  'count.error.one': 'błąd',
  'count.error.few': 'błędy',
  'count.error.many': 'błędów',
  'count.warning.one': 'uwaga',
  'count.warning.few': 'uwagi',
  'count.warning.many': 'uwag',
  'count.file.one': 'plik',
  'count.file.few': 'pliki',
  'count.file.many': 'plików',
  'count.row.one': 'wiersz',
  'count.row.few': 'wiersze',
  'count.row.many': 'wierszy',
  // "Zapisano 1 stronę / 2 strony / 5 stron" (accusative).
  'count.pageSaved.one': 'stronę',
  'count.pageSaved.few': 'strony',
  'count.pageSaved.many': 'stron',
  // "… ma 5 znaków", "lista ma 2 pozycje" (validation messages).
  'count.character.one': 'znak',
  'count.character.few': 'znaki',
  'count.character.many': 'znaków',
  'count.item.one': 'pozycję',
  'count.item.few': 'pozycje',
  'count.item.many': 'pozycji',
  'count.entryFile.one': 'plik wpisu',
  'count.entryFile.few': 'pliki wpisów',
  'count.entryFile.many': 'plików wpisów',
  // "(3 pozycje)" (nominative; `item` above is the accusative).
  'count.chosenItem.one': 'pozycja',
  'count.chosenItem.few': 'pozycje',
  'count.chosenItem.many': 'pozycji',
  'count.staleEntry.one': 'wpis starszy',
  'count.staleEntry.few': 'wpisy starsze',
  'count.staleEntry.many': 'wpisów starszych',
} as const;
