/**
 * "Twoje instytucje": for one gmina, each statutory kind once, with the real directory entries of its
 * type that serve the gmina, or none (then the page shows the kind's generic card). Pure.
 */
import type { StatutoryKind, StatutoryLevel } from '../../schemas/statutory.ts';

export interface BaselineItem<E> {
  kind: StatutoryKind;
  /** Real entries of the kind's type that serve the gmina; empty: show the generic card. */
  real: E[];
}

/** `serving`: the entries that serve the gmina (any reach), real local ones first. */
export function baselineFor<E extends { type: string }>(kinds: readonly StatutoryKind[], serving: readonly E[]): BaselineItem<E>[] {
  return kinds.map((kind) => ({ kind, real: serving.filter((e) => e.type === kind.type) }));
}

/** Kinds that no real entry answers yet for this gmina (what a coverage count counts). */
export function missingKinds<E extends { type: string }>(kinds: readonly StatutoryKind[], serving: readonly E[]): StatutoryKind[] {
  return baselineFor(kinds, serving)
    .filter((b) => b.real.length === 0)
    .map((b) => b.kind);
}

export const GENERIC_NOTE: Record<StatutoryLevel, string> = {
  gmina: 'Ta instytucja działa w każdej gminie; nie mamy jeszcze jej adresu.',
  powiat: 'Taka instytucja działa dla każdego powiatu; nie mamy jeszcze jej adresu.',
};

export interface PlaceWords {
  gmina: string; // "Sztabin"
  powiat: string; // "powiat augustowski" or "miasto na prawach powiatu Białystok"
}

/** Fills {gmina} and {powiat} in a kind's how-to-find sentence. */
export function howToFind(kind: Pick<StatutoryKind, 'how_to_find'>, place: PlaceWords): string {
  return kind.how_to_find.replace(/\{(gmina|powiat)\}/g, (_, key: 'gmina' | 'powiat') => place[key]);
}

/** "ustawa z dnia … (art. 15)" for the cards' legal line. */
export function actsText(kind: Pick<StatutoryKind, 'acts'>): string {
  return kind.acts.map((a) => (a.article ? `${a.name} (${a.article})` : a.name)).join('; ');
}
