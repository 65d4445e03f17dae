/** The full-text search's words in Ukrainian (keys of pl.ts). The Ukrainian search covers the informator's Ukrainian articles. */
import type { AreaWords } from '../../translate.ts';
import type { pl } from './pl.ts';

export const uk: AreaWords<typeof pl> = {
  'page.title': 'Пошук',
  'page.description': 'Пошук у статтях інформатора українською мовою.',
  'page.home': 'Головна сторінка',
  'page.lead':
    'Шукайте в статтях інформатора українською мовою. Можна писати й латиницею, наприклад «asystent». Заклади та телефони довіри описані польською: їх можна знайти в польському пошуку та каталозі.',
  'page.noscript': 'Пошук працює в браузері з увімкненим JavaScript. Без нього допомогу можна знайти так:',
  'page.noscriptDirectory': 'Заклади за воєводством, повітом і гміною',
  'page.noscriptHelplines': 'Загальнопольські телефони довіри',
  'page.noscriptHelplinesNote': '(працюють і вночі)',
  'page.noscriptInformator': 'Інформатор для сімей',

  'search.form': 'Пошук на сайті',
  'search.label': 'Шукати в інформаторі',
  'search.type': 'Тип закладу',
  'search.typeAll': 'Усі',
  'search.wojewodztwo': 'Воєводство',
  'search.wojewodztwoNone': 'не вибрано',
  'search.scopeRegion': 'Шукаємо серед закладів воєводства {region}, у загальнопольській допомозі та в інформаторі.',
  'search.scopePlace': 'Шукаємо {place} (воєводство {region}), у загальнопольській допомозі та в інформаторі.',
  'search.scopeNational': 'Шукаємо в українських статтях інформатора. Заклади шукайте в польському пошуку.',
  'search.failed': 'Не вдалося завантажити пошук. Оновіть сторінку.',
  'search.hint': 'Введіть слово, наприклад «асистент», «допомога» або «вагітність».',
  'search.found': 'Знайдено: {count}.',
  'search.none': 'Нічого не знайдено.',
  'search.tryOther': 'Спробуйте інше слово або приберіть фільтри',
  'search.tryRegion': ', а якщо шукаєте заклад, виберіть воєводство',
  'search.browse': '. Також можна переглянути',
  'search.browseDirectory': 'заклади за місцем',
  'search.browseOr': 'або',
  'search.browseHelplines': 'телефони довіри',
  'search.region': 'воєводство {name}',
  'search.offers': 'Пропонує: {offers}',
  'search.more': 'Показати наступні результати',
  'search.inPolish': '(польською)',
  'search.count.one': 'результат',
  'search.count.few': 'результати',
  'search.count.many': 'результатів',
};
