/**
 * What the assistant adds to the catalogue beside the directory: a whole entry of their own
 * (support the directory does not have, e.g. a parish food bank), or details filled in on a chosen
 * card (e.g. the phone a generic card lacks). Kept apart from the snapshot (what the directory said),
 * so both print and neither overwrites the other. Light: no zod, no phone library (first load).
 */
import type { Added, Chosen, Snapshot } from './model.ts';
import type { PdfTranslator } from './words.ts';

/** Said, on screen and in print, of everything the assistant added: it is not the directory's verified data (an own entry also says the directory lacks it). */
export const addedHeading = ({ t }: Pick<PdfTranslator, 't'>, own: boolean) =>
  own ? `${t('catalogue.addedBy')} ${t('catalogue.ownNote')}` : t('catalogue.addedBy');

export const ADDED_FIELDS = ['name', 'type', 'offers', 'needs', 'phones', 'street', 'postalCode', 'city', 'email', 'website', 'hours', 'note'] as const;

export function emptyAdded(): Added {
  return { name: '', type: '', offers: '', needs: [], phones: [], street: '', postalCode: '', city: '', email: '', website: '', hours: '', note: '' };
}

/** The snapshot of an own entry: the directory said nothing about it, so it is empty and never "verified". */
export function ownSnapshot(): Snapshot {
  return { kind: 'own', name: '', url: '', address: '', phones: [], emails: [], hoursText: [], verified: '', reach: 0, services: [] };
}

export const isOwn = (c: Pick<Chosen, 'snapshot'>) => c.snapshot.kind === 'own';

/** True when the assistant added anything at all. */
export function hasAdded(a: Added): boolean {
  return ADDED_FIELDS.some((f) => {
    const v = a[f];
    return Array.isArray(v) ? v.length > 0 : v.trim() !== '';
  });
}

/** The name to show for a chosen item: the assistant's name for an own entry, else the directory's. */
export const chosenName = (c: Pick<Chosen, 'snapshot' | 'added'>) => (isOwn(c) ? c.added.name : c.snapshot.name) || c.added.name || c.snapshot.name;

/** The address in one line, as the directory's snapshot writes it. */
export function addedAddress(a: Pick<Added, 'street' | 'postalCode' | 'city'>): string {
  const city = [a.postalCode.trim(), a.city.trim()].filter(Boolean).join(' ');
  return [a.street.trim(), city].filter(Boolean).join(', ');
}

/** What can be handed to the directory ("Przekaż do katalogu", "Pobierz wszystkie jako pliki wpisów"): own entries and filled-in cards, never a helpline. */
export function bundleItems<T extends Pick<Chosen, 'snapshot' | 'added'>>(chosen: readonly T[]): T[] {
  return chosen.filter((c) => c.snapshot.kind !== 'helpline' && (isOwn(c) || hasAdded(c.added)));
}
