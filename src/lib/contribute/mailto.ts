/**
 * "Wyślij e-mailem": the entry file as an e-mail to the directory's maintainers, for contributors
 * without a GitHub account. The body is the file's text itself, so whoever receives it saves it as
 * a file and runs `npm run validate` on it; the subject names the entry and its gmina.
 */

/**
 * The longest mailto: address we produce. RFC 9110 (section 4.1) recommends that software accept
 * addresses of at least 8,000 octets, and browsers and web mail pass such links on. Some mail programs
 * cut far shorter (older Outlook on Windows near 2,000 characters): that is what "copy the text" is for.
 * The longest real entry in content/ (about 5,400 characters once encoded) fits (tested).
 */
export const MAILTO_MAX = 8000;

/** RFC 6068: line breaks in a mailto: body are CRLF, percent-encoded. */
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export const mailSubject = (name: string, gmina: string) => `Wpis do Katalogu Wsparcia: ${name.trim() || 'nowa placówka'}${gmina ? ` (gmina ${gmina})` : ''}`;

const TOO_LONG =
  'Treść wpisu jest za długa, by dołączyć ją do tej wiadomości automatycznie. Wklej ją tutaj: na stronie formularza wybierz „Kopiuj treść pliku”.';

/** The mailto: link, with the entry file as the body; `fits` is false when the body had to be replaced by a note (then: copy the text). */
export function mailtoHref(to: string, subject: string, fileText: string): { href: string; fits: boolean } {
  const head = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encode(subject)}&body=`;
  const full = head + encode(fileText);
  if (full.length <= MAILTO_MAX) return { href: full, fits: true };
  return { href: head + encode(TOO_LONG), fits: false };
}

/** The body of a mailto: link, as the mail program shows it (for tests and checks). */
export function mailtoBody(href: string): string {
  const body = new URL(href).searchParams.get('body') ?? '';
  return body;
}
