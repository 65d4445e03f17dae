/** Which form control shows an error, and its DOM id (light: no schema code). */

/** The form control that shows an error: the field itself, else its nearest group (e.g. a list of needs). */
export function slotFor(field: string, slots: ReadonlySet<string>): string {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join('.');
    if (slots.has(key)) return key;
  }
  return 'formularz';
}

export const controlId = (slot: string) => `pole-${slot.replace(/[^a-z0-9]+/gi, '-')}`;
