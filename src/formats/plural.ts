/** Polish plural forms through Intl.PluralRules: 1 placówka, 2 placówki, 5 placówek. */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
}

const rules = new Intl.PluralRules('pl-PL');

export function plural(n: number, forms: PluralForms): string {
  const category = rules.select(n);
  const word = category === 'one' ? forms.one : category === 'few' ? forms.few : forms.many;
  return `${n} ${word}`;
}

export const WORDS = {
  institution: { one: 'placówka', few: 'placówki', many: 'placówek' },
  service: { one: 'usługa', few: 'usługi', many: 'usług' },
  result: { one: 'wynik', few: 'wyniki', many: 'wyników' },
  helpline: { one: 'telefon', few: 'telefony', many: 'telefonów' },
  gmina: { one: 'gmina', few: 'gminy', many: 'gmin' },
  article: { one: 'artykuł', few: 'artykuły', many: 'artykułów' },
} satisfies Record<string, PluralForms>;
