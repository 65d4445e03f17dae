/**
 * Polish phone numbers: parsed with libphonenumber-js, stored in one format
 * ("+48 85 711 73 46"), dialled through tel: links. Short national numbers
 * (112, 116 111, 800 …) are accepted as written in their canonical grouping.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type PhoneCheck = { ok: true; canonical: string; tel: string } | { ok: false; reason: string };

/** Harmonised European numbers of social value (116 xxx) and the emergency number. */
const SHORT = /^(112|116 ?\d{3})$/;

export function checkPhone(input: string): PhoneCheck {
  const raw = input.trim();
  if (SHORT.test(raw)) {
    const digits = raw.replace(/\D/g, '');
    const canonical = digits.length === 6 ? `${digits.slice(0, 3)} ${digits.slice(3)}` : digits;
    return { ok: true, canonical, tel: digits };
  }
  const parsed = parsePhoneNumberFromString(raw, 'PL');
  if (!parsed || !parsed.isValid()) {
    return { ok: false, reason: 'to nie jest poprawny polski numer telefonu' };
  }
  const canonical = parsed.formatInternational();
  return { ok: true, canonical, tel: parsed.number };
}
