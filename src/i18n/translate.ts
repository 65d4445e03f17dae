/**
 * The words' machinery, the same for every language: `t(key, params)`, `label(vocabulary, value)`,
 * `count(n, word)` and `termName(terms, id)`. A language is a flat dictionary (locales/<code>.ts);
 * `createTranslator` binds one, so a page that imports Polish carries no other language.
 */
import type { Cost, Precision, Reach, ResourceGroup, ServiceArea, Status } from '../schemas/vocabulary.ts';
import type { pl } from './locales/pl.ts';

/** Every key of the shared words; Polish is the reference language. */
export type UiKey = keyof typeof pl;
/** A language's shared words: every key, no more (a missing or extra key is a type error). */
export type Dictionary = { readonly [K in UiKey]: string };
/**
 * An area's words (locales/<area>/<lang>.ts: the builder's, the site chrome's…), typed by its Polish file:
 * `export const uk: AreaWords<typeof import('./pl.ts').pl> = { … }`.
 */
export type AreaWords<Polish> = { readonly [K in keyof Polish]: string };

/** The vocabularies with words, and the values each one labels (the key is `<vocabulary>.<value>`). */
export interface Vocabularies {
  cost: Cost;
  'cost.inline': Cost;
  status: Status;
  'status.notice': Status;
  area: ServiceArea;
  'area.of': ServiceArea;
  reach: Reach;
  'reach.reason': Reach;
  'reach.heading': Reach;
  'reach.statutory': 0 | 1;
  precision: Precision;
  resourceGroup: ResourceGroup;
}
export type Vocabulary = keyof Vocabularies;
/** Every key a vocabulary label needs: a dictionary lacking one does not type-check. */
export type VocabularyKey = { [V in Vocabulary]: `${V}.${Vocabularies[V]}` }[Vocabulary];

/** Words counted with a number: `count.<word>.one|few|many`. */
export type CountWord = UiKey extends infer K ? (K extends `count.${infer W}.one` ? W : never) : never;

export type Params = Record<string, string | number>;

/** A taxonomy term as the interface needs it. */
export interface Named {
  id: string;
  name: string;
}

/** The same words with the first letter capitalised ("Gmina miejska", "Працює у вашій гміні"), in any language. */
export const capitalize = (text: string) => (text ? text[0]!.toLocaleUpperCase() + text.slice(1) : text);

/** The name of a term by its id; the id itself when the list lacks it. The only such lookup. */
export function termName(terms: readonly Named[], id: string): string {
  return terms.find((term) => term.id === id)?.name ?? id;
}

/**
 * Binds a language's words: the shared dictionary, and any area's words merged into it
 * (`createTranslator({ ...uk, ...builderUk }, 'uk-UA')`), so `t` accepts the keys of both.
 */
export function createTranslator<D extends Dictionary & Record<VocabularyKey, string>>(words: D, locale: string) {
  type Key = Extract<keyof D, string>;
  const rules = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  /** The text of a key, with `{name}` replaced by `params.name`. */
  function t(key: Key, params?: Params): string {
    const text = words[key] as string;
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  }
  /** The word for a vocabulary value: `label('cost', 'free')`. */
  function label<V extends Vocabulary>(vocabulary: V, value: Vocabularies[V], params?: Params): string {
    return t(`${vocabulary}.${value}` as Key, params);
  }
  /** A number with its word in the right form: `count(5, 'institution')` → "5 placówek". */
  function count(n: number, word: CountWord): string {
    const category = rules.select(n);
    const form = category === 'one' ? 'one' : category === 'few' ? 'few' : 'many';
    return `${n} ${t(`count.${word}.${form}` as Key)}`;
  }
  /** The choices of a select: each value with its word, in the given order. */
  function options<V extends Vocabulary>(vocabulary: V, values: readonly Vocabularies[V][]): { value: Vocabularies[V]; label: string }[] {
    return values.map((value) => ({ value, label: label(vocabulary, value) }));
  }
  /** An ISO date (YYYY-MM-DD) in the language's words: "1 grudnia 2026", "1 грудня 2026 р.". */
  function date(iso: string): string {
    return dates.format(new Date(`${iso}T00:00:00Z`));
  }
  return { t, label, count, options, date, locale };
}

/** A bound language: what an island or a PDF receives to say things. */
export type Translator<D extends Dictionary & Record<VocabularyKey, string> = Dictionary> = ReturnType<typeof createTranslator<D>>;
