import { describe, expect, it } from 'vitest';
import { HOST_VARIABLES, readHostSettings, STATEMENT_WRITTEN } from './settings.ts';

describe('readHostSettings', () => {
  it('uses the build settings when they are given', () => {
    const s = readHostSettings({
      PUBLIC_HOST_NAME: 'Gmina Przykładowo',
      PUBLIC_HOST_A11Y_CONTACT: 'Koordynator do spraw dostępności',
      PUBLIC_HOST_A11Y_EMAIL: 'dostepnosc@example.org',
      PUBLIC_HOST_A11Y_PHONE: '+48 11 111 11 11',
      PUBLIC_HOST_ADDRESS: 'ul. Przykładowa 1, 00-001 Przykładowo',
      PUBLIC_SITE_PUBLISHED: '2027-01-15',
      PUBLIC_SITE_UPDATED: '2027-03-01',
      PUBLIC_A11Y_STATEMENT_PREPARED: '2027-01-10',
      PUBLIC_A11Y_STATEMENT_REVIEWED: '2027-03-02',
    });
    expect(s).toMatchObject({ name: 'Gmina Przykładowo', email: 'dostepnosc@example.org', published: '2027-01-15', statementReviewed: '2027-03-02' });
    expect(s.missing).toEqual([]);
  });

  it('falls back to visible placeholders and the date the statement was written, and lists what is missing', () => {
    const s = readHostSettings({ PUBLIC_HOST_NAME: '  ' });
    expect(s.name).toMatch(/^\[.+\]$/);
    expect(s.phone).toMatch(/^\[.+\]$/);
    expect(s.published).toBe(STATEMENT_WRITTEN);
    expect(s.missing).toEqual(Object.values(HOST_VARIABLES));
  });

  it('refuses a date that is not RRRR-MM-DD, naming the setting', () => {
    expect(() => readHostSettings({ PUBLIC_SITE_PUBLISHED: '15.01.2027' })).toThrow(/PUBLIC_SITE_PUBLISHED.*RRRR-MM-DD/);
    expect(() => readHostSettings({ PUBLIC_A11Y_STATEMENT_REVIEWED: '2027-13-45' })).toThrow(/PUBLIC_A11Y_STATEMENT_REVIEWED/);
  });
});
