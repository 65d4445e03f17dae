/**
 * The catalogue builder in real Chromium, by keyboard only: every step, axe at each step, the PDF's
 * text read back, no request outside the site, nothing stored until the assistant opts in, "forget" empties storage.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../src/schemas/vocabulary.ts';
import { axe, baseUrl, hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { readPdf } from '../helpers/pdf.ts';

const browser = useBrowser();

/** Presses Tab (or Shift+Tab) until the element has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < 250; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function stepHeadingFocused(page: Page, text: string) {
  await page.waitForFunction((t) => document.activeElement?.id === 'kat-step-heading' && document.activeElement.textContent?.includes(t), text);
}

/** Everything the site keeps in the browser. */
async function storageState(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
}

/**
 * What the builder may have stored about the family: nothing but the service worker's copies of the
 * site's own public files (the app shell for offline home visits, scripts/lib/service-worker.ts),
 * each a GET of a page, script, style, font, image or data file of this site.
 */
async function familyStorage(page: Page) {
  return page.evaluate(async () => {
    const serviceWorkerCache = /^(workbox-precache-.*|katalog-strony|katalog-zasoby|katalog-dane)$/;
    const names = await caches.keys();
    const foreign: string[] = [];
    for (const name of names) {
      if (!serviceWorkerCache.test(name)) foreign.push(name);
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        if (url.origin !== location.origin || request.method !== 'GET' || url.search.replace(/^\?__WB_REVISION__=\w+$/, '')) foreign.push(request.url);
      }
    }
    return { local: localStorage.length, session: sessionStorage.length, idb: (await indexedDB.databases()).length, caches: foreign.length };
  });
}

const EMPTY = { local: 0, session: 0, idb: 0, caches: 0 };

async function fillStepOne(page: Page) {
  await tabTo(page, page.getByLabel('Jak nazwać tę rodzinę w katalogu? (nieobowiązkowe)'));
  await page.keyboard.type('Rodzina Żółć');
  await tabTo(page, page.getByRole('combobox', { name: 'Gmina, w której mieszka rodzina' }));
  await page.keyboard.type('dąbrowa biał');
  await page.getByRole('option', { name: /Dąbrowa Białostocka/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByText('Wybrana gmina:').waitFor();
  // Focus follows the pick, so the keyboard user is not thrown back to the top of the page.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zmień gminę');
  expect(await page.locator('.picked-gmina').textContent()).toContain('Dąbrowa Białostocka (powiat sokólski, województwo podlaskie)');
  await tabTo(page, page.getByRole('checkbox', { name: 'Rodziny z dziećmi' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('Cele rodziny, jej własnymi słowami'));
  await page.keyboard.type('Chcemy spokojnie przygotować się na narodziny dziecka; gęślą jaźń.');
}

describe('catalogue builder', () => {
  it('a keyboard-only walk through every step gives a PDF with the chosen institutions, the goals and the plan', async () => {
    await withPage(browser(), '/katalog/', { acceptDownloads: true }, async ({ page }) => {
      await hydrated(page);
      expect(await axe(page)).toEqual([]);

      await fillStepOne(page);
      expect(await axe(page)).toEqual([]);
      await tabTo(page, page.getByRole('button', { name: 'Dalej: Mocne strony i zasoby rodziny' }));
      await page.keyboard.press('Enter');
      await stepHeadingFocused(page, 'Mocne strony i zasoby rodziny');

      await tabTo(page, page.getByRole('checkbox', { name: /Pomoc dalszej rodziny/ }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByLabel('Notatki: zasoby systemu rodzinnego'));
      await page.keyboard.type('Babcia mieszka po sąsiedzku.');
      expect(await axe(page)).toEqual([]);
      await tabTo(page, page.getByRole('button', { name: 'Dalej: Potrzeby i wsparcie' }));
      await page.keyboard.press('Enter');
      await stepHeadingFocused(page, 'Potrzeby i wsparcie');

      await tabTo(page, page.getByRole('checkbox', { name: 'Wsparcie psychologiczne' }));
      await page.keyboard.press('Space');
      const pik = 'Punkt Pomocy Rodzinie – Punkt Interwencji Kryzysowej przy MOPS w Dąbrowie Białostockiej';
      const suggestion = page.locator('.suggestions li', { hasText: pik });
      await suggestion.waitFor();
      expect(await suggestion.textContent()).toContain('odpowiada na potrzebę: Wsparcie psychologiczne; działa w Twojej gminie');
      // Local entries come before national ones.
      const names = await page.locator('.suggestions .suggestion-name').allTextContents();
      expect(names.indexOf(pik)).toBeLessThan(names.indexOf('Kryzysowy Telefon Zaufania') === -1 ? Infinity : names.indexOf('Kryzysowy Telefon Zaufania'));
      await tabTo(page, page.getByRole('button', { name: `Dodaj do katalogu: ${pik}` }));
      await page.keyboard.press('Enter');
      const ppp = 'Poradnia Psychologiczno-Pedagogiczna w Dąbrowie Białostockiej';
      await tabTo(page, page.getByRole('button', { name: `Dodaj do katalogu: ${ppp}` }));
      await page.keyboard.press('Enter');
      // Found by name: a national helpline.
      await tabTo(page, page.getByLabel('Znajdź placówkę po nazwie'));
      await page.keyboard.type('niebieska linia');
      const blue = 'Ogólnopolski Telefon dla Osób Doznających Przemocy Domowej „Niebieska Linia”';
      // Audiences order, they do not hide: the line is among the suggestions too; add it from the search results.
      const found = page.locator('.field', { has: page.getByLabel('Znajdź placówkę po nazwie') });
      await tabTo(page, found.getByRole('button', { name: `Dodaj do katalogu: ${blue}` }));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Wybrane wsparcie (3)' }).waitFor();
      // Order: the Poradnia goes first.
      await tabTo(page, page.getByRole('button', { name: `Wyżej: ${ppp}` }));
      await page.keyboard.press('Enter');
      expect(await page.locator('.chosen-card h4').allTextContents()).toEqual([`1. ${ppp}`, `2. ${pik}`, `3. ${blue}`]);
      await tabTo(page, page.locator('.chosen-card', { hasText: pik }).getByLabel('Następny krok'), true);
      await page.keyboard.type('Zadzwonić i umówić rozmowę z psychologiem.');
      expect(await axe(page)).toEqual([]);
      await tabTo(page, page.getByRole('button', { name: 'Dalej: Plan działań' }));
      await page.keyboard.press('Enter');
      await stepHeadingFocused(page, 'Plan działań');

      await tabTo(page, page.getByRole('button', { name: 'Dodaj działanie' }));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id.endsWith('-action'));
      await page.keyboard.type('Umówić wizytę w poradni');
      await page.keyboard.press('Tab');
      await page.keyboard.type('mama');
      expect(await axe(page)).toEqual([]);
      await tabTo(page, page.getByRole('button', { name: 'Dalej: Podgląd, druk i PDF' }));
      await page.keyboard.press('Enter');
      await stepHeadingFocused(page, 'Podgląd, druk i PDF');

      await tabTo(page, page.getByLabel('Instytucja (na przykład ośrodek pomocy społecznej)'));
      await page.keyboard.type('MOPS w Dąbrowie Białostockiej');
      expect(await page.locator('.preview').textContent()).toContain(pik);
      expect(await axe(page)).toEqual([]);

      // Printing shows the catalogue only, not the builder around it.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.preview').isVisible()).toBe(true);
      for (const hidden of ['.stepper', '.file-privacy', '.site-header', '#kat-assistant-name']) {
        expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
      }
      await page.emulateMedia({ media: 'screen' });

      await tabTo(page, page.getByRole('button', { name: 'Pobierz PDF' }));
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
      const file = join(mkdtempSync(join(tmpdir(), 'katalog-')), 'katalog.pdf');
      await download.saveAs(file);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      const { text, images } = await readPdf(file);
      for (const expected of [
        'Dla: Rodzina Żółć',
        'gmina Dąbrowa Białostocka, powiat sokólski, województwo podlaskie',
        pik,
        ppp,
        'Niebieska Linia',
        'Chcemy spokojnie przygotować się na narodziny dziecka; gęślą jaźń.',
        'Babcia mieszka po sąsiedzku.',
        'Zadzwonić i umówić rozmowę z psychologiem.',
        'Umówić wizytę w poradni',
        'Plan działań',
        'MOPS w Dąbrowie Białostockiej',
        // The seed entries rest on a document from 2019: the PDF says so and warns (src/lib/freshness).
        'dokument źródłowy: 2019 r.',
        'Dane sprawdzone ponad rok temu: zadzwoń przed wizytą.',
      ]) {
        expect(text).toContain(expected);
      }
      // A QR code to its page for each of the three chosen services.
      expect(images).toBe(3);

      expect(await familyStorage(page)).toEqual(EMPTY);
    });
    // Hundreds of real key presses, axe six times and a PDF: slow on a busy machine.
  }, 180_000);

  it('remembers only when asked, and "forget" empties the storage and the form', async () => {
    await withPage(browser(), '/katalog/', async ({ page }) => {
      await hydrated(page);
      await fillStepOne(page);
      expect(await familyStorage(page)).toEqual(EMPTY);
      await tabTo(page, page.getByRole('checkbox', { name: 'Zapamiętaj na tym urządzeniu' }));
      await page.keyboard.press('Space');
      expect((await storageState(page)).local).toBe(1);

      await page.reload();
      await hydrated(page);
      await page.getByText('Otworzono katalog zapamiętany na tym urządzeniu.').waitFor();
      expect(await page.getByLabel('Jak nazwać tę rodzinę w katalogu? (nieobowiązkowe)').inputValue()).toBe('Rodzina Żółć');

      // Something else the site might have written: all of it goes.
      await page.evaluate(async () => {
        sessionStorage.setItem('x', '1');
        await new Promise<void>((done) => {
          const request = indexedDB.open('katalog-test');
          request.onsuccess = () => {
            request.result.close();
            done();
          };
        });
      });
      await tabTo(page, page.getByRole('button', { name: 'Zapomnij wszystko na tym urządzeniu' }));
      await page.keyboard.press('Enter');
      await page.getByText('Wszystko zostało usunięte z tego urządzenia').waitFor();
      // "Forget" leaves nothing at all: the service worker's copies of the site go too.
      expect(await storageState(page)).toEqual(EMPTY);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(await page.getByLabel('Jak nazwać tę rodzinę w katalogu? (nieobowiązkowe)').inputValue()).toBe('');
      expect(await page.getByRole('checkbox', { name: 'Zapamiętaj na tym urządzeniu' }).isChecked()).toBe(false);
    });
  });

  it('saves to a file and opens it again; a bad file is refused and the work stays', async () => {
    await withPage(browser(), '/katalog/', { acceptDownloads: true }, async ({ page }) => {
      await hydrated(page);
      await fillStepOne(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Zapisz katalog do pliku' }).click()]);
      const saved = readFileSync(await download.path(), 'utf8');
      expect(JSON.parse(saved)).toMatchObject({ format: 'katalog-wsparcia', version: CATALOGUE_VERSION, pseudonym: 'Rodzina Żółć' });

      const input = page.getByLabel('Otwórz zapisany katalog (plik .json)');
      const bad: [string, string, RegExp][] = [
        ['zly.json', 'to nie jest JSON', /nie da się odczytać/],
        ['inny.json', JSON.stringify({ format: 'inny' }), /To nie jest plik katalogu/],
        ['nowszy.json', JSON.stringify({ ...JSON.parse(saved), version: 9 }), /nowszej wersji/],
        ['bledny.json', JSON.stringify({ ...JSON.parse(saved), audiences: 'x' }), /błędne lub brakujące dane/],
        ['uciety.json', saved.slice(0, 100), /uszkodzony lub niekompletny/],
        ['duzy.json', ' '.repeat(2_100_000), /za duży/],
      ];
      for (const [name, content, message] of bad) {
        await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
        await expect.poll(() => page.getByRole('alert').textContent()).toMatch(message);
        expect(await page.getByLabel('Jak nazwać tę rodzinę w katalogu? (nieobowiązkowe)').inputValue()).toBe('Rodzina Żółć');
      }

      // Change the work, then open the saved file: the saved catalogue comes back.
      await page.getByLabel('Jak nazwać tę rodzinę w katalogu? (nieobowiązkowe)').fill('Ktoś inny');
      await input.setInputFiles({ name: 'katalog.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
      await page.getByText('Otworzono katalog z pliku katalog.json.').waitFor();
      expect(await page.getByLabel('Jak nazwać tę rodzinę w katalogu? (nieobowiązkowe)').inputValue()).toBe('Rodzina Żółć');
      expect(await page.getByLabel('Cele rodziny, jej własnymi słowami').inputValue()).toContain('gęślą jaźń');
      expect(await page.getByRole('alert').count()).toBe(0);
    });
  });

  it('says what changed in the directory since a service was chosen', async () => {
    await withPage(browser(), '/katalog/', async ({ page }) => {
      await hydrated(page);
      const entries = (await (await page.request.get(`${baseUrl()}/katalog/dane/podlaskie.json`)).json()) as { id: string; name: string; address: string }[];
      const mops = entries.find((e) => e.name === 'Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej')!;
      const snapshot = (name: string, phone: string) => ({
        kind: 'institution',
        name,
        url: '/placowka/x/',
        address: mops.address,
        phones: [{ display: phone, label: '' }],
        emails: [],
        hoursText: [],
        verified: '2020-01-01',
        gmina: '2011013',
        reach: 0,
        services: [],
      });
      const chosen = (id: string, name: string, phone: string) => ({
        entryId: id,
        snapshot: snapshot(name, phone),
        why: '',
        nextStep: '',
        contactPerson: '',
        documents: '',
        date: '',
      });
      const catalogue = {
        format: 'katalog-wsparcia',
        version: 1,
        created: '2026-11-01',
        pseudonym: 'Rodzina B.',
        gmina: { code: '2011013', name: 'Dąbrowa Białostocka', powiat: 'powiat sokólski', wojewodztwo: 'podlaskie', wojSlug: 'podlaskie' },
        audiences: [],
        goals: '',
        resources: { personal: { ids: [], notes: '' }, family: { ids: [], notes: '' }, environment: { ids: [], notes: '' } },
        needs: [],
        chosen: [chosen(mops.id, mops.name, '00 000 00 00'), chosen('00000000-0000-4000-8000-000000000000', 'Placówka, której już nie ma', '11 111 11 11')],
        plan: [],
        assistant: { name: '', institution: '', phone: '', email: '' },
      };
      await page
        .getByLabel('Otwórz zapisany katalog (plik .json)')
        .setInputFiles({ name: 'stary.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(catalogue)) });
      await page.getByText('Otworzono katalog z pliku stary.json.').waitFor();
      await page
        .getByRole('button', { name: /Potrzeby i wsparcie/ })
        .first()
        .click();
      const changed = page.locator('.chosen-card', { hasText: mops.name });
      await expect.poll(() => changed.textContent()).toContain('zmieniły się numery telefonów');
      expect(await changed.textContent()).toContain('dane sprawdzono ponownie');
      expect(await changed.textContent()).not.toContain('zmienił się adres');
      expect(await page.locator('.chosen-card', { hasText: 'Placówka, której już nie ma' }).textContent()).toContain(
        'tej pozycji nie ma już w katalogu placówek',
      );
      await page.getByRole('button', { name: `Użyj aktualnych danych: ${mops.name}` }).click();
      await expect.poll(() => changed.textContent()).not.toContain('zmieniły się numery telefonów');
      expect(await axe(page)).toEqual([]);
    });
  });
});
