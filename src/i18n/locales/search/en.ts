/**
 * The full-text search's words in English (keys of pl.ts). No page of the site is in English yet beyond the interface,
 * so the English search covers the Polish pages (institutions, helplines, the informator) and marks its results as Polish.
 */
import type { AreaWords } from '../../translate.ts';
import type { pl } from './pl.ts';

export const en: AreaWords<typeof pl> = {
  'page.title': 'Search',
  'page.description': 'Search the directory of institutions, the helplines and the informator (in Polish).',
  'page.home': 'Home page',
  'page.lead':
    'Search institutions, helplines and the articles of the informator. They are written in Polish, so Polish words find the most. Choose a voivodeship to search local institutions too. You may type without Polish letters.',
  'page.noscript': 'The search works in a browser with JavaScript turned on. Without it, you can find help here:',
  'page.noscriptDirectory': 'Institutions by voivodeship, county and municipality',
  'page.noscriptHelplines': 'National helplines',
  'page.noscriptHelplinesNote': '(also open at night)',
  'page.noscriptInformator': 'Informator for families',

  'search.form': 'Site search',
  'search.label': 'Search the directory and the informator',
  'search.type': 'Type of institution',
  'search.typeAll': 'All',
  'search.wojewodztwo': 'Voivodeship',
  'search.wojewodztwoNone': 'none chosen',
  'search.scopeRegion': 'Searching the institutions of the {region} voivodeship, national help and the informator.',
  'search.scopePlace': 'Searching {place} ({region} voivodeship), national help and the informator.',
  'search.scopeNational': 'Searching the informator, the helplines and national help. Choose a voivodeship to find local institutions too.',
  'search.failed': 'The search could not be loaded. Reload the page.',
  'search.hint': 'Type a word, e.g. “psycholog” (psychologist), “zasiłek” (benefit) or the name of a town.',
  'search.found': 'Found: {count}.',
  'search.none': 'Nothing found.',
  'search.tryOther': 'Try another word or remove the filters',
  'search.tryRegion': ', and if you are looking for an institution, choose a voivodeship',
  'search.browse': '. You can also browse',
  'search.browseDirectory': 'institutions by place',
  'search.browseOr': 'or',
  'search.browseHelplines': 'helplines',
  'search.region': '{name} voivodeship',
  'search.offers': 'Offers: {offers}',
  'search.more': 'Show more results',
  'search.inPolish': '(in Polish)',
  'search.count.one': 'result',
  'search.count.few': 'results',
  'search.count.many': 'results',
};
