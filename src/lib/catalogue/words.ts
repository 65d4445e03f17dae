/**
 * The words the catalogue's functions say things with: a translator handed in by the caller (the island binds
 * its page's language; the PDF one or two languages), never a language imported here. Keys: the shared words
 * (src/i18n/locales/<lang>.ts), the printed catalogue's (locales/pdf/) and the builder's (locales/builder/).
 */
import type { Dictionary, Translator } from '../../i18n/translate.ts';
import type { pl as builderPl } from '../../i18n/locales/builder/pl.ts';
import type { pl as pdfPl } from '../../i18n/locales/pdf/pl.ts';

/** Everything the printed catalogue says: the shared words and the PDF's. */
export type PdfWords = Dictionary & { readonly [K in keyof typeof pdfPl]: string };
/** Everything the builder says: the printed catalogue's words and the builder's own (but the page's, `page.*`). */
export type BuilderWords = PdfWords & { readonly [K in Exclude<keyof typeof builderPl, `page.${string}`>]: string };

/**
 * A bound language for the printed catalogue. A bilingual one (./bilingual.ts) says everything in two: `bilingual`
 * is set and `parts` are its two languages, for a sentence that holds other words (each language says it whole).
 */
export type PdfTranslator = Translator<PdfWords> & { readonly bilingual?: boolean; readonly parts?: readonly PdfTranslator[] };
export type BuilderTranslator = Translator<BuilderWords>;
