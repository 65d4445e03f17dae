/** Selectors: the catalogue turned into the plain object that the PDF document prints. */
import { formatDatePl } from '../i18n/dates.ts';
import type { Catalogue, Chosen, ResourceGroup } from './model.ts';
import { RESOURCE_GROUPS } from './model.ts';
import { GENERIC_NOTE } from '../statutory/baseline.ts';

export interface Term {
  id: string;
  name: string;
  group?: string | undefined;
}

export interface PdfService {
  id: string;
  name: string;
  url: string; // absolute
  why: string;
  offers: { name: string; description: string; access: string }[];
  address: string;
  phones: string[];
  emails: string[];
  hours: string[];
  verified: string; // in words
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

export const RESOURCE_TITLES: Record<ResourceGroup, string> = {
  personal: 'Zasoby osobiste',
  family: 'Zasoby systemu rodzinnego',
  environment: 'Zasoby środowiska',
};

export interface PdfOptions {
  needs: readonly Term[];
  audiences: readonly Term[];
  resources: readonly Term[];
  origin: string;
  today: string; // ISO date
  largePrint: boolean;
}

const nameOf = (terms: readonly Term[], id: string) => terms.find((t) => t.id === id)?.name ?? id;
const words = (iso: string) => (iso ? formatDatePl(iso) : '');

function service(c: Chosen, origin: string): PdfService {
  const s = c.snapshot;
  return {
    id: c.entryId,
    name: s.name,
    url: new URL(s.url, origin).href,
    why: c.why,
    offers: s.services.map(({ name, description, access }) => ({ name, description, access })),
    address: s.address,
    phones: s.phones.map((p) => (p.label ? `${p.display} (${p.label})` : p.display)),
    emails: s.emails,
    hours: s.hoursText,
    verified: words(s.verified),
    nextStep: c.nextStep,
    contactPerson: c.contactPerson,
    documents: c.documents,
    date: words(c.date),
    ...(s.kind === 'statutory' ? { generic: { note: GENERIC_NOTE[s.reach === 1 ? 'powiat' : 'gmina'], howToFind: s.howToFind ?? '' } } : {}),
  };
}

export function pdfData(catalogue: Catalogue, options: PdfOptions): CataloguePdfData {
  // Institutions and generic (statutory) cards go into the need sections; helplines have their own page.
  const institutions = catalogue.chosen.filter((c) => c.snapshot.kind !== 'helpline');
  const placed = new Set<string>();
  const sections: CataloguePdfData['sections'] = [];
  for (const need of catalogue.needs) {
    const here = institutions.filter((c) => !placed.has(c.entryId) && c.snapshot.services.some((s) => s.needs.includes(need)));
    here.forEach((c) => placed.add(c.entryId));
    if (here.length) sections.push({ title: nameOf(options.needs, need), services: here.map((c) => service(c, options.origin)) });
  }
  const rest = institutions.filter((c) => !placed.has(c.entryId));
  if (rest.length) sections.push({ title: 'Inne wsparcie', services: rest.map((c) => service(c, options.origin)) });
  const g = catalogue.gmina;
  return {
    forWhom: catalogue.pseudonym.trim() || 'Rodzina',
    place: g ? `gmina ${g.name}, ${g.powiat}, województwo ${g.wojewodztwo}` : '',
    date: formatDatePl(options.today),
    largePrint: options.largePrint,
    assistant: catalogue.assistant,
    situation: catalogue.audiences.map((a) => nameOf(options.audiences, a)),
    goals: catalogue.goals,
    resources: RESOURCE_GROUPS.map((group) => ({
      title: RESOURCE_TITLES[group],
      items: catalogue.resources[group].ids.map((id) => nameOf(options.resources, id)),
      notes: catalogue.resources[group].notes,
    })),
    sections,
    helplines: catalogue.chosen.filter((c) => c.snapshot.kind === 'helpline').map((c) => service(c, options.origin)),
    plan: catalogue.plan
      .filter((p) => p.action.trim() || p.who.trim())
      .map((p) => ({ action: p.action, who: p.who, byWhen: words(p.byWhen) })),
  };
}
