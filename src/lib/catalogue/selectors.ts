/**
 * Selectors: the catalogue turned into the plain object that the PDF document prints, in the words of the
 * translator handed in (one language, or two: ./bilingual.ts).
 */
import { termName } from '../../i18n/translate.ts';
import { displayPhone } from '../../formats/phone-display.ts';
import { addedAddress, chosenName, isOwn } from './added.ts';
import type { Added, Catalogue, Chosen } from './model.ts';
import { RESOURCE_GROUPS } from '../../schemas/vocabulary.ts';
import { isStale } from '../freshness/freshness.ts';
import { dateInFigures } from './bilingual.ts';
import type { PdfTranslator } from './words.ts';

export interface Term {
  id: string;
  name: string;
  group?: string | undefined;
}

export interface PdfService {
  id: string;
  name: string;
  url: string; // absolute; '' for an own entry without a website (then no QR code either)
  why: string;
  offers: { name: string; description: string; access: string }[];
  address: string;
  phones: string[];
  emails: string[];
  hours: string[];
  verified: string; // in words, with the source document's date when there is one
  /** When the directory's data were checked (ISO date, '' for none) and the source document's date ('' for none). */
  checked: { date: string; sourceDate: string };
  /** "Dane sprawdzone ponad rok temu…" when the data is older than 12 months on the catalogue's date, else ''. */
  staleNotice: string;
  /** Added by the assistant, not by the directory: an own entry, or details filled in on a chosen card. */
  own: boolean;
  /** What the assistant added, as labelled lines: printed apart, under "dodane przez asystenta". */
  added: { label: string; value: string }[];
  nextStep: string;
  contactPerson: string;
  documents: string;
  date: string; // in words, or ''
  qr?: string; // a QR code image of `url` (data URL), added by src/pdf before rendering
  /** A generic (statutory) card: printed as an instruction with blank lines for the phone and address (src/pdf/GenericServiceBlock.tsx). */
  generic?: { note: string; howToFind: string };
}

export interface CataloguePdfData {
  forWhom: string;
  place: string;
  date: string;
  largePrint: boolean;
  assistant: { name: string; institution: string; phone: string; email: string };
  situation: string[];
  goals: string;
  resources: { title: string; items: string[]; notes: string }[];
  sections: { title: string; services: PdfService[] }[];
  helplines: PdfService[];
  plan: { action: string; who: string; byWhen: string }[];
}

/** A printed field: its label and its value (a field with an empty value is not printed). */
export type PrintedField = readonly [label: string, value: string];

/** The fields of one service in print order, shared by the PDF and the HTML preview: contacts, then (after the assistant's additions) the plan. */
export function serviceFields(tr: PdfTranslator, s: PdfService): { contacts: PrintedField[]; plan: PrintedField[] } {
  const t = tr.t;
  return {
    contacts: [
      [t('field.address'), s.address],
      [t('field.phone'), s.phones.join(', ')],
      [t('field.email'), s.emails.join(', ')],
      [t('field.hours'), s.hours.join('; ')],
    ],
    plan: [
      [t('field.why'), s.why],
      [t('field.nextStep'), s.nextStep],
      [t('field.contactPerson'), s.contactPerson],
      [t('field.documents'), s.documents],
      [t('field.date'), s.date],
    ],
  };
}

/** The line under a service: when its data was checked, and its address in the directory. */
export const verifiedLine = (tr: PdfTranslator, s: Pick<PdfService, 'checked' | 'url'>) =>
  [s.checked.date ? (tr.parts ?? [tr]).map((part) => part.t('catalogue.verified', { date: checkedWords(part, s.checked) })).join(' / ') : '', s.url]
    .filter(Boolean)
    .join(' ');

/** The date the data were checked, in words, with the source document's date when there is one. */
function checkedWords(tr: PdfTranslator, checked: PdfService['checked']): string {
  if (!checked.date) return '';
  return checked.sourceDate ? `${tr.date(checked.date)} ${tr.t('pdf.sourceDate', { date: sourceDate(tr, checked.sourceDate) })}` : tr.date(checked.date);
}

export interface PdfOptions {
  needs: readonly Term[];
  audiences: readonly Term[];
  resources: readonly Term[];
  /** The directory's institution types (for an own entry's kind); optional, ids print as they are without it. */
  types?: readonly Term[];
  origin: string;
  today: string; // ISO date
  largePrint: boolean;
}

const dateWords = (tr: PdfTranslator, iso: string) => (iso ? tr.date(iso) : '');

/** A source document's date, as precise as it was given: a year, a month, a day. */
export function sourceDate(tr: PdfTranslator, date: string): string {
  if (/^\d{4}$/.test(date)) return tr.bilingual ? date : tr.t('pdf.sourceYear', { year: date });
  if (/^\d{4}-\d{2}$/.test(date)) {
    if (tr.bilingual) return dateInFigures(date);
    // The month as a calendar names it ("czerwiec 2024", "червень 2024 р.", "June 2024"), as ../freshness/words.ts in Polish.
    return new Intl.DateTimeFormat(tr.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}-01T00:00:00Z`));
  }
  return tr.date(date);
}

/** An own entry's website as an absolute http(s) address, or '' (no QR code then). */
function websiteOf(text: string): string {
  try {
    const url = new URL(text.trim());
    return /^https?:$/.test(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

/** The assistant's additions in print order; an own entry also says what it is and offers. */
function addedLines(tr: PdfTranslator, a: Added, own: boolean, types: readonly Term[]): PdfService['added'] {
  const t = tr.t;
  const phones = a.phones.map((p) => (p.label ? `${displayPhone(p.number)} (${p.label})` : displayPhone(p.number)));
  const lines: [string, string][] = [
    [t('field.name'), own ? '' : a.name],
    [t('field.type'), a.type ? termName(types, a.type) : ''],
    [t('field.offers'), a.offers],
    [t('field.address'), addedAddress(a)],
    [t('field.phone'), phones.join(', ')],
    [t('field.email'), a.email],
    [t('field.website'), a.website],
    [t('field.hours'), a.hours],
    [t('field.note'), a.note],
  ];
  return lines.filter(([, v]) => v.trim()).map(([label, value]) => ({ label, value }));
}

function service(tr: PdfTranslator, c: Chosen, origin: string, today: string, types: readonly Term[] = []): PdfService {
  const words = (iso: string) => dateWords(tr, iso);
  const s = c.snapshot;
  const own = isOwn(c);
  const verified = { date: s.verified, ...(s.sourceDate ? { source_date: s.sourceDate } : {}) };
  return {
    id: c.entryId,
    name: chosenName(c),
    url: own ? websiteOf(c.added.website) : new URL(s.url, origin).href,
    own,
    added: addedLines(tr, c.added, own, types),
    why: c.why,
    offers: s.services.map(({ name, description, access }) => ({ name, description, access })),
    address: s.address,
    phones: s.phones.map((p) => (p.label ? `${p.display} (${p.label})` : p.display)),
    emails: s.emails,
    hours: s.hoursText,
    checked: { date: s.verified, sourceDate: s.sourceDate ?? '' },
    verified: checkedWords(tr.parts?.[0] ?? tr, { date: s.verified, sourceDate: s.sourceDate ?? '' }),
    staleNotice: s.verified && isStale(verified, today) ? tr.t('pdf.stale') : '',
    nextStep: c.nextStep,
    contactPerson: c.contactPerson,
    documents: c.documents,
    date: words(c.date),
    ...(s.kind === 'statutory' ? { generic: { note: tr.t(s.reach === 1 ? 'pdf.generic.powiat' : 'pdf.generic.gmina'), howToFind: s.howToFind ?? '' } } : {}),
  };
}

export function pdfData(catalogue: Catalogue, options: PdfOptions, tr: PdfTranslator): CataloguePdfData {
  // Everything but helplines goes under the family's needs: directory institutions, own entries, and any other kind.
  const institutions = catalogue.chosen.filter((c) => c.snapshot.kind !== 'helpline');
  const answers = (c: Chosen, need: string) => c.added.needs.includes(need) || c.snapshot.services.some((s) => s.needs.includes(need));
  const print = (c: Chosen) => service(tr, c, options.origin, options.today, options.types);
  const placed = new Set<string>();
  const sections: CataloguePdfData['sections'] = [];
  for (const need of catalogue.needs) {
    const here = institutions.filter((c) => !placed.has(c.entryId) && answers(c, need));
    here.forEach((c) => placed.add(c.entryId));
    if (here.length) sections.push({ title: termName(options.needs, need), services: here.map(print) });
  }
  const rest = institutions.filter((c) => !placed.has(c.entryId));
  if (rest.length) sections.push({ title: tr.t('pdf.otherSupport'), services: rest.map(print) });
  const g = catalogue.gmina;
  return {
    forWhom: catalogue.pseudonym.trim() || tr.t('pdf.family'),
    place: g ? tr.t('pdf.placeValue', { gmina: g.name, powiat: g.powiat, wojewodztwo: g.wojewodztwo }) : '',
    date: tr.date(options.today),
    largePrint: options.largePrint,
    assistant: catalogue.assistant,
    situation: catalogue.audiences.map((a) => termName(options.audiences, a)),
    goals: catalogue.goals,
    resources: RESOURCE_GROUPS.map((group) => ({
      title: tr.label('resourceGroup', group),
      items: catalogue.resources[group].ids.map((id) => termName(options.resources, id)),
      notes: catalogue.resources[group].notes,
    })),
    sections,
    helplines: catalogue.chosen.filter((c) => c.snapshot.kind === 'helpline').map(print),
    plan: catalogue.plan.filter((p) => p.action.trim() || p.who.trim()).map((p) => ({ action: p.action, who: p.who, byWhen: dateWords(tr, p.byWhen) })),
  };
}
