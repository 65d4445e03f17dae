/**
 * The words' machinery, the same for every language: `t(key, params)`, `label(vocabulary, value)`,
 * `count(n, word)` and `termName(terms, id)`. A language is a flat dictionary (locales/<code>.ts);
 * `createTranslator` binds one, so a page that imports Polish carries no other language.
 */
import type { Cost, Precision, Reach, ResourceGroup, ServiceArea, Status } from '../schemas/vocabulary.ts';
import type { pl } from './locales/pl.ts';

/** Every key of the interface; Polish is the reference language. */
export type UiKey = keyof typeof pl;
/** A language's words: every key, no more (a missing or extra key is a type error). */
export type Dictionary = { readonly [K in UiKey]: string };

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

/** The name of a term by its id; the id itself when the list lacks it. The only such lookup. */
export function termName(terms: readonly Named[], id: string): string {
  return terms.find((term) => term.id === id)?.name ?? id;
}

export function createTranslator(words: Dictionary & Record<VocabularyKey, string>, locale: string) {
  const rules = new Intl.PluralRules(locale);
  /** The text of a key, with `{name}` replaced by `params.name`. */
  function t(key: UiKey, params?: Params): string {
    const text = words[key];
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  }
  /** The word for a vocabulary value: `label('cost', 'free')`. */
  function label<V extends Vocabulary>(vocabulary: V, value: Vocabularies[V], params?: Params): string {
    return t(`${vocabulary}.${value}` as UiKey, params);
  }
  /** A number with its word in the right form: `count(5, 'institution')` → "5 placówek". */
  function count(n: number, word: CountWord): string {
    const category = rules.select(n);
    const form = category === 'one' ? 'one' : category === 'few' ? 'few' : 'many';
    return `${n} ${t(`count.${word}.${form}` as UiKey)}`;
  }
  /** The choices of a select: each value with its word, in the given order. */
  function options<V extends Vocabulary>(vocabulary: V, values: readonly Vocabularies[V][]): { value: Vocabularies[V]; label: string }[] {
    return values.map((value) => ({ value, label: label(vocabulary, value) }));
  }
  return { t, label, count, options };
}
