/**
 * The assistant's own entries in real Chromium, by keyboard: in a gmina the directory barely knows,
 * add the local social-welfare office with its phone and a parish food bank, fill in a phone on a chosen
 * directory entry, print, save the file, open it again; the PDF's text (pdfjs) holds all three marked
 * "dodane przez asystenta"; "Przekaż do katalogu" for the parish opens /zglos/ with only the parish's data,
 * and the e-mail path's body, saved as a file, passes `npm run validate` (the real command line).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { tabTo, typeInto } from '../helpers/keyboard.ts';

const browser = useBrowser();
const scratch = mkdtempSync(join(tmpdir(), 'katalog-wlasne-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Synthetic data (tests only): names, phones and addresses are made up.
const OPS = 'Gminny Ośrodek Pomocy Społecznej w Korycinie (test)';
const PARISH = 'Parafialny bank żywności (test)';
const PUP = 'Powiatowy Urząd Pracy w Sokółce';
const FAMILY = {
  pseudonym: 'Rodzina Wiśniewskich-Test',
  goals: 'Cel rodziny: spokojna zima i opał',
  why: 'Brakuje jedzenia pod koniec miesiąca',
  note: 'Mama woli chodzić w soboty',
};

async function pdfText(path: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return pages.join(' ').replace(/\s+/g, ' ');
}

/** Runs the real validator on a copy of content/ with this file added. */
function validate(path: string, text: string) {
  const dir = mkdtempSync(join(scratch, 'content-'));
  cpSync('content', dir, { recursive: true });
  const target = join(dir, path.replace(/^content\//, ''));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  const r = spawnSync(process.execPath, ['scripts/validate.ts', '--format=json'], { env: { ...process.env, KATALOG_CONTENT_DIR: dir }, encoding: 'utf8' });
  const all = (JSON.parse(r.stdout) as { issues: { field: string; message: string; file: string }[] }).issues;
  // This file's issues only: the seed entries carry their own 24-month warnings.
  return { status: r.status, issues: all.filter((i) => i.file.endsWith(path.replace(/^content\//, ''))) };
}

const step = (page: Page, text: string) =>
  page.waitForFunction((t) => document.activeElement?.id === 'kat-step-heading' && document.activeElement.textContent?.includes(t), text);

async function goTo(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name: `Dalej: ${name}` }));
  await page.keyboard.press('Enter');
  await step(page, name);
}

/** The own-entry form: name, kind, offer, need, phone, address. */
async function addOwn(page: Page, o: { name: string; kind: string; offers: string; need: string; phone: string; street: string; postal: string }) {
  await tabTo(page, page.getByRole('button', { name: 'Dodaj wsparcie spoza katalogu' }));
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Nowe wsparcie spoza katalogu' });
  await typeInto(page, form.getByLabel('Nazwa (wymagane)'), o.name);
  await tabTo(page, form.getByLabel('Rodzaj'));
  await page.keyboard.type(o.kind);
  await typeInto(page, form.getByLabel('Co oferuje'), o.offers);
  await tabTo(page, form.getByRole('checkbox', { name: o.need }));
  await page.keyboard.press('Space');
  await typeInto(page, form.getByLabel('Telefon 1: numer'), o.phone);
  await typeInto(page, form.getByLabel('Ulica i numer'), o.street);
  await typeInto(page, form.getByLabel('Kod pocztowy'), o.postal);
  await typeInto(page, form.getByLabel('Miejscowość'), 'Korycin');
  return form;
}

describe("the assistant's own entries", () => {
  it('add, fill in, print, save, open again, pass on: all by keyboard, nothing about the family in the contribution', async () => {
    await withPage(browser(), '/katalog/', { acceptDownloads: true }, async ({ page, context }) => {
      await hydrated(page);
      await typeInto(page, page.getByLabel('Jak nazwać tę rodzinę w katalogu? (nieobowiązkowe)'), FAMILY.pseudonym);
      await typeInto(page, page.getByRole('combobox', { name: 'Gmina, w której mieszka rodzina' }), 'korycin');
      await page.getByRole('option', { name: /Korycin/ }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByText('Wybrana gmina:').waitFor();
      await typeInto(page, page.getByLabel('Cele rodziny, jej własnymi słowami'), FAMILY.goals);
      await goTo(page, 'Mocne strony i zasoby rodziny');
      await goTo(page, 'Potrzeby i wsparcie');

      await tabTo(page, page.getByRole('checkbox', { name: 'Jedzenie, ubrania i rzeczy' }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('checkbox', { name: 'Praca i kwalifikacje' }));
      await page.keyboard.press('Space');

      // The local office: a postal code without its dash gets the directory's own message once the field is left.
      const ops = await addOwn(page, {
        name: OPS,
        kind: 'O',
        offers: 'Zasiłki i praca socjalna',
        need: 'Jedzenie, ubrania i rzeczy',
        phone: '85 700 00 01',
        street: 'ul. Przykładowa 1',
        postal: '16200',
      });
      await page.keyboard.press('Tab');
      const postal = ops.getByLabel('Kod pocztowy');
      await expect.poll(() => postal.getAttribute('aria-invalid')).toBe('true');
      expect(await ops.textContent()).toContain('Kod pocztowy zapisz w formacie NN-NNN, np. "16-200".');
      expect(await axe(page)).toEqual([]);
      await tabTo(page, postal, true);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('16-200');
      await tabTo(page, ops.getByRole('button', { name: 'Dodaj do katalogu rodziny' }));
      await page.keyboard.press('Enter');
      await page.locator('.chosen-card', { hasText: OPS }).waitFor();

      await addOwn(page, {
        name: PARISH,
        kind: 'Parafia',
        offers: 'Paczki z żywnością raz w miesiącu',
        need: 'Jedzenie, ubrania i rzeczy',
        phone: '85 700 00 02',
        street: 'ul. Kościelna 2',
        postal: '16-200',
      });
      const parishForm = page.getByRole('form', { name: 'Nowe wsparcie spoza katalogu' });
      await typeInto(page, parishForm.getByLabel('Uwagi'), FAMILY.note);
      await tabTo(page, parishForm.getByRole('button', { name: 'Dodaj do katalogu rodziny' }));
      await page.keyboard.press('Enter');
      const parishCard = page.locator('.chosen-card', { hasText: PARISH });
      await parishCard.waitFor();
      await typeInto(page, parishCard.getByLabel('Dlaczego to wsparcie'), FAMILY.why);

      // A directory entry (the powiat's labour office, suggested for "Praca"), with a phone filled in.
      await tabTo(page, page.locator('.suggestions').getByRole('button', { name: `Dodaj do katalogu: ${PUP}` }), true);
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByRole('button', { name: `Uzupełnij dane: ${PUP}` }));
      await page.keyboard.press('Enter');
      const fill = page.getByRole('form', { name: `Uzupełnij dane: ${PUP}` });
      await typeInto(page, fill.getByLabel('Telefon 1: numer'), '85 700 00 03');
      await typeInto(page, fill.getByLabel('Telefon 1: opis'), 'doradca zawodowy');
      expect(await axe(page)).toEqual([]);
      await tabTo(page, fill.getByRole('button', { name: 'Zapisz uzupełnienia' }));
      await page.keyboard.press('Enter');
      const pupCard = page.locator('.chosen-card', { hasText: PUP });
      await expect.poll(() => pupCard.textContent()).toContain('Dane dodane przez asystenta rodziny: 85 700 00 03 (doradca zawodowy)');
      expect(await page.locator('.chosen-card h4').allTextContents()).toEqual([`1. ${OPS}`, `2. ${PARISH}`, `3. ${PUP}`]);
      expect(await axe(page)).toEqual([]);

      // Print: the preview holds all three, each marked as the assistant's.
      await goTo(page, 'Plan działań');
      await goTo(page, 'Podgląd, druk i PDF');
      const preview = page.locator('.preview');
      for (const name of [OPS, PARISH, PUP]) {
        expect(await preview.locator('.preview-service', { hasText: name }).textContent()).toContain('Dane dodane przez asystenta rodziny');
      }
      expect(await axe(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await preview.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      // Save the file, and open it again in a fresh browser context.
      await tabTo(page, page.getByRole('button', { name: 'Zapisz katalog do pliku' }));
      const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const file = join(scratch, 'katalog.json');
      await saved.saveAs(file);
      expect(JSON.parse(readFileSync(file, 'utf8')).chosen.filter((c: { snapshot: { kind: string } }) => c.snapshot.kind === 'own')).toHaveLength(2);

      await withPage(browser(), '/katalog/', { acceptDownloads: true }, async ({ page: again }) => {
        await hydrated(again);
        await again.getByLabel('Otwórz zapisany katalog (plik .json)').setInputFiles(file);
        await again.getByText('Otworzono katalog z pliku katalog.json.').waitFor();
        await tabTo(again, again.getByRole('button', { name: /Podgląd, druk i PDF/ }));
        await again.keyboard.press('Enter');
        await tabTo(again, again.getByRole('button', { name: 'Pobierz PDF' }));
        const [download] = await Promise.all([again.waitForEvent('download', { timeout: 60_000 }), again.keyboard.press('Enter')]);
        const pdfFile = join(scratch, 'katalog.pdf');
        await download.saveAs(pdfFile);
        const text = await pdfText(pdfFile);
        for (const expected of [OPS, PARISH, PUP, '85 700 00 01', '85 700 00 02', '85 700 00 03 (doradca zawodowy)', 'Paczki z żywnością raz w miesiącu']) {
          expect(text).toContain(expected);
        }
        expect(text.match(/dodane przez asystenta/g)?.length).toBe(3);
        expect(text.match(/tej pozycji nie ma w katalogu placówek/g)?.length).toBe(2);
      });

      // "Przekaż do katalogu" for the parish: a new tab with the contribution form, the parish's data only.
      await tabTo(page, page.getByRole('button', { name: /^Krok 3\. Potrzeby i wsparcie$/ }), true);
      await page.keyboard.press('Enter');
      await step(page, 'Potrzeby i wsparcie');
      await tabTo(page, page.getByRole('link', { name: `Przekaż do katalogu: ${PARISH}` }));
      const [form] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
      const formErrors: string[] = [];
      form.on('console', (m) => m.type() === 'error' && formErrors.push(m.text()));
      await form.waitForLoadState('load');
      await hydrated(form);
      const label = (text: string) => form.getByLabel(new RegExp(`^${text}( \\(wymagane\\))?$`));
      await label('Pełna nazwa').waitFor();
      expect(new URL(form.url()).pathname).toBe('/zglos/');
      expect(new URL(form.url()).hash).toBe(''); // read, then dropped from the address
      expect(await label('Pełna nazwa').inputValue()).toBe(PARISH);
      expect(await label('Rodzaj placówki').inputValue()).toBe('parafia');
      expect(await label('Gmina').inputValue()).toBe('2011032');
      expect(await label('Ulica i numer').inputValue()).toBe('ul. Kościelna 2');
      expect(await label('Telefon 1: numer').inputValue()).toBe('+48 85 700 00 02');
      const everything = await form.evaluate(
        () =>
          [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value).join('\n') +
          document.body.innerText +
          location.href,
      );
      for (const secret of [...Object.values(FAMILY), OPS, PUP]) expect(everything).not.toContain(secret);
      expect(everything).toContain('Formularz wypełniono danymi placówki z katalogu rodziny');

      // The rest a contributor adds, then the e-mail path.
      const fillForm = async (field: string, text: string) => {
        await label(field).focus();
        await form.keyboard.type(text);
      };
      await fillForm('Nazwa usługi', 'Bank żywności');
      await form.getByLabel('Jedzenie, ubrania i rzeczy', { exact: true }).first().focus();
      await form.keyboard.press('Space');
      await fillForm('Skąd pochodzą dane', 'Test automatyczny: dane od asystenta rodziny');
      await form.getByRole('button', { name: 'Sprawdź i przygotuj plik' }).focus();
      await form.keyboard.press('Enter');
      await form.getByRole('heading', { name: 'Plik jest gotowy' }).waitFor();
      const path = (await form.locator('.contribute-result code').first().textContent())!;
      expect(path).toMatch(/^content\/institutions\/podlaskie\/powiat-sokolski\/korycin\/[a-z0-9-]+\.md$/);
      const mail = new URL((await form.getByRole('link', { name: 'Wyślij e-mailem' }).getAttribute('href'))!);
      expect(mail.protocol).toBe('mailto:');
      expect(mail.pathname).toBe('katalog@example.org');
      expect(mail.searchParams.get('subject')).toContain('(gmina Korycin)');
      const body = mail.searchParams.get('body')!;
      for (const secret of Object.values(FAMILY)) expect(body).not.toContain(secret);
      const result = validate(path, body);
      expect(result.issues).toEqual([]);
      expect(result.status).toBe(0);
      expect(await axe(form)).toEqual([]);
      expect(formErrors).toEqual([]);
    });
    // Hundreds of key presses, axe several times, two pages, a PDF and the validator: slow on a busy machine.
  }, 600_000);
});
