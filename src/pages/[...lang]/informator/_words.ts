/**
 * The words of the translated informator pages, by language. They live here until the site chrome's
 * dictionaries (src/i18n/locales/) get an informator area; the Polish pages keep their own words.
 */
import type { ArticleLang } from '../../../data/informator.ts';

export const INFORMATOR_WORDS: Record<
  ArticleLang,
  {
    home: string;
    breadcrumbs: string;
    informator: string;
    indexTitle: string;
    indexDescription: string;
    indexLead: string;
    emergency: string;
    reviewed: string;
    print: string;
    bindingIntro: string;
    bindingRule: string;
    readPolish: string;
    ownArticle: string;
    polishInformator: string;
    helplines: string;
    allHelplines: string;
    findHelp: string;
    findHelpNote: string;
    filterTypes: string;
    filterNeeds: string;
    filterAudiences: string;
    legalBasis: string;
    sources: string;
    sourcesNote: string;
    related: string;
    printSource: (site: string, url: string, date: string) => string;
  }
> = {
  uk: {
    home: 'Головна сторінка',
    breadcrumbs: 'Навігаційний ланцюжок',
    informator: 'Довідник',
    indexTitle: 'Довідник для сімей українською',
    indexDescription: 'Простою мовою: яку підтримку може отримати сім\u2019я в Польщі, хто допомагає, як про неї попросити і що робити в раптовій ситуації.',
    indexLead:
      'Тут простою мовою пояснено, яку підтримку ви можете отримати в Польщі і як про неї попросити. Це переклади польських статей довідника: якщо переклад і польський текст відрізняються, чинним є польський текст.',
    emergency: 'У раптовій ситуації, коли під загрозою життя чи здоров\u2019я, телефонуйте на номер',
    reviewed: 'Востаннє перевірено:',
    print: 'Роздрукувати',
    bindingIntro: 'Це переклад польської статті',
    bindingRule: 'Якщо переклад і польський текст відрізняються, чинним є польський текст.',
    readPolish: 'Читати польською',
    ownArticle:
      'Цю статтю написано для українських сімей на основі польських статей довідника та джерел, наведених нижче. Якщо вона відрізняється від польських статей, чинними є польські тексти.',
    polishInformator: 'Польський довідник',
    helplines: 'Номери, на які можна зателефонувати',
    allHelplines: 'Усі телефони довіри (польською)',
    findHelp: 'Знайти допомогу в каталозі',
    findHelpNote: 'Каталог установ поки що є лише польською.',
    filterTypes: 'Типи установ',
    filterNeeds: 'У якій справі',
    filterAudiences: 'Для кого',
    legalBasis: 'Правова основа',
    sources: 'Джерела',
    sourcesNote: 'Ми перевірили зміст за цими джерелами (польською)',
    related: 'Прочитайте також',
    printSource: (site, url, date) => `Джерело: ${site}, довідник, сторінка ${url} (станом на ${date}).`,
  },
};
