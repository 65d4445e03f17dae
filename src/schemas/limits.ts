/**
 * The longest text and the longest list each content field may hold, in one place.
 * Chosen from what a printed A4 card (about 90 characters a line in the catalogue's PDF)
 * and a phone screen (about 35 characters a line) can show: a name fits in two lines of
 * the card, a service's description in a short paragraph. docs/szablon-wpisu.md states them.
 * The longest real entries (November 2026) use about half of each limit.
 */
export const LIMITS = {
  /** Characters. */
  text: {
    name: 200,
    short_name: 60,
    street: 120,
    city: 80,
    phone_label: 60,
    email: 254,
    website: 500,
    hours: 300,
    hours_note: 300,
    accessibility: 500,
    source: 300,
    service_name: 120,
    service_description: 600,
    service_access: 600,
    helpline_operator: 150,
    helpline_description: 600,
    id: 80,
    term_name: 100,
    term_description: 400,
    term_group: 40,
    term_abbr: 20,
    article_title: 150,
    article_summary: 400,
    legal_basis: 300,
    /** The Markdown body of an institution (its short description). */
    institution_body: 3000,
    /** The Markdown body of an informator article. */
    article_body: 30_000,
    /** Any other text field a schema does not limit itself. */
    other: 500,
  },
  /** Items in a list. */
  list: {
    services: 30,
    phones: 10,
    emails: 10,
    languages: 10,
    terms: 30,
    article_links: 20,
  },
  /** Bytes of a whole file, checked before it is parsed. */
  file: {
    institution: 100_000,
    article: 200_000,
    list: 1_000_000,
  },
} as const;
