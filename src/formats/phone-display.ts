/** Stored phone numbers shown and dialled. Light (no phone library), for the builder's first load and the directory island; the check is in phone.ts. */

/** How a stored number is shown to a person in Poland: without +48, as it is dialled. */
export function displayPhone(canonical: string): string {
  return canonical.startsWith('+48 ') ? canonical.slice(4) : canonical;
}

/** The tel: link of a stored number. */
export function telHref(canonical: string): string {
  return 'tel:' + canonical.replace(/[^\d+]/g, '');
}
