/**
 * Home visits without a connection, in real Chromium with the real service worker (dist/sw.js):
 * visit once online, save a województwo, go offline, and the region's directory still works;
 * pages never saved give the offline page, in the page's language (Ukrainian under /uk/, English under /en/);
 * the Ukrainian and English app shell works too; a new version of the site is offered, not forced.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { axe, baseUrl, hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { readPdf } from '../helpers/pdf.ts';

const browser = useBrowser();

/** Waits until the service worker is active (app shell precached) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().textContent())?.trim() ?? '';
}

async function lang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

// Offline, the browser logs each failed network attempt; nothing else may go wrong.
const offlineErrors = [/ERR_INTERNET_DISCONNECTED/, /Failed to load resource/, /FetchEvent/, /no-response/];

describe('offline', () => {
  it('after one visit and "Zapisz województwo do użytku offline", the region works with no connection', async () => {
    await withPage(browser(), '/placowki/podlaskie/', { acceptDownloads: true, allowErrors: offlineErrors }, async ({ page, context }) => {
      await controlled(page);
      await page.getByRole('button', { name: 'Zapisz województwo do użytku offline' }).click();
      await page.locator('[data-save-offline][data-saved="all"]').waitFor({ timeout: 60_000 });
      expect(await page.locator('[data-save-progress]').textContent()).toMatch(/^Gotowe: zapisano \d+ stron/);
      expect(await axe(page)).toEqual([]);
      // A page visited online (not part of the saved region) is kept too.
      await page.goto(baseUrl() + '/placowki/rodzaj/ops/');
      const { urls } = (await (await fetch(`${baseUrl()}/offline/podlaskie.json`)).json()) as { urls: string[] };
      const gmina = urls.find((u) => u.split('/').length === 6 && u.includes('/powiat-sokolski/'))!;
      const institution = urls.find((u) => u.startsWith('/placowka/'))!;
      expect(gmina).toBeTruthy();
      expect(institution).toBeTruthy();

      await context.setOffline(true);
      await page.goto(baseUrl() + '/placowki/podlaskie/');
      await page.reload();
      expect(await heading(page)).toBe('Województwo podlaskie');
      const state = page.locator('[data-offline-state]');
      await state.waitFor({ state: 'visible' });
      expect(await state.textContent()).toMatch(/Tryb offline: dane z \d{1,2} \p{L}+ \d{4}/u);

      // Pages of the region never opened before come from the saved copy.
      await page.goto(baseUrl() + gmina);
      expect(await heading(page)).not.toBe('Brak połączenia z internetem');
      expect(await page.locator('main a[href^="/placowka/"]').count()).toBeGreaterThan(0);
      await page.goto(baseUrl() + institution);
      expect(await page.locator('main h1').count()).toBe(1);
      expect(await heading(page)).not.toBe('Brak połączenia z internetem');
      await page.goto(baseUrl() + '/placowki/rodzaj/ops/');
      expect(await heading(page)).not.toBe('Brak połączenia z internetem');

      // The app shell is precached: the home and the helplines work without ever being opened.
      await page.goto(baseUrl() + '/telefony-zaufania/');
      expect(await heading(page)).toMatch(/^Telefony zaufania/);
      await page.goto(baseUrl() + '/');
      expect(await heading(page)).toBe('Katalog Wsparcia');

      // A page never saved: the offline page, in Polish, with the links that work.
      await page.goto(baseUrl() + '/placowki/mazowieckie/');
      expect(await heading(page)).toBe('Brak połączenia z internetem');
      await page.locator('[data-offline-state]').waitFor({ state: 'visible' });
      expect(await axe(page)).toEqual([]);

      // The catalogue builder works offline: a gmina of the saved województwo, a suggestion, the PDF.
      await page.goto(baseUrl() + '/katalog/');
      await hydrated(page);
      expect(await heading(page)).not.toBe('Brak połączenia z internetem');
      await page.getByRole('combobox', { name: 'Gmina, w której mieszka rodzina' }).fill('dąbrowa biał');
      await page.getByRole('option', { name: /Dąbrowa Białostocka/ }).click();
      await page.getByLabel('Cele rodziny, jej własnymi słowami').fill('Spokojny poród i wsparcie po nim.');
      await page.getByRole('button', { name: 'Dalej: Mocne strony i zasoby rodziny' }).click();
      await page.getByRole('button', { name: 'Dalej: Potrzeby i wsparcie' }).click();
      await page.getByRole('checkbox', { name: 'Wsparcie psychologiczne' }).check();
      const pik = 'Punkt Pomocy Rodzinie – Punkt Interwencji Kryzysowej przy MOPS w Dąbrowie Białostockiej';
      await page.getByRole('button', { name: `Dodaj do katalogu: ${pik}` }).click();
      await page.getByRole('button', { name: 'Dalej: Plan działań' }).click();
      await page.getByRole('button', { name: 'Dalej: Podgląd, druk i PDF' }).click();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Pobierz PDF' }).click()]);
      const pdf = join(mkdtempSync(join(tmpdir(), 'katalog-offline-')), 'katalog.pdf');
      await download.saveAs(pdf);
      const { text } = await readPdf(pdf);
      expect(text).toContain(pik);
      expect(text).toContain('Spokojny poród i wsparcie po nim.');
    });
  });

  it('after one visit to /uk/katalog/, the Ukrainian and English pages work offline, with their own offline page', async () => {
    await withPage(browser(), '/uk/katalog/', { allowErrors: offlineErrors }, async ({ page, context }) => {
      await controlled(page);
      await context.setOffline(true);

      // The page visited online opens from the cache, and its builder finds a gmina (its script and data precached).
      await page.goto(baseUrl() + '/uk/katalog/');
      expect(await lang(page)).toBe('uk');
      expect(await heading(page)).toBe('Індивідуальний каталог можливої підтримки');
      await hydrated(page);
      await page.getByRole('combobox', { name: 'Гміна, у якій живе родина' }).fill('dąbrowa biał');
      await page.getByRole('option', { name: /Dąbrowa Białostocka/ }).waitFor();

      // The Ukrainian and English app shell is precached: pages never opened before work.
      await page.goto(baseUrl() + '/uk/');
      expect(await lang(page)).toBe('uk');
      expect(await heading(page)).toBe('Katalog Wsparcia');
      await page.goto(baseUrl() + '/uk/informator/de-shukaty-dopomohu/');
      expect(await lang(page)).toBe('uk');
      expect(await heading(page)).toMatch(/^Де шукати допомоги в Польщі\?/);
      await page.goto(baseUrl() + '/en/katalog/');
      expect(await lang(page)).toBe('en');
      expect(await heading(page)).toBe('Individual catalogue of possible support');

      // A Ukrainian page neither cached nor reachable: the Ukrainian offline page.
      await page.goto(baseUrl() + '/uk/prywatnosc/');
      expect(await lang(page)).toBe('uk');
      expect(await heading(page)).toBe('Немає з’єднання з інтернетом');
      await page.locator('[data-offline-state]').waitFor({ state: 'visible' });
      expect(await axe(page)).toEqual([]);
      // Under /en/, the English one.
      await page.goto(baseUrl() + '/en/prywatnosc/');
      expect(await lang(page)).toBe('en');
      expect(await heading(page)).toBe('No internet connection');
      // A Polish page still gets the Polish one.
      await page.goto(baseUrl() + '/prywatnosc/');
      expect(await lang(page)).toBe('pl');
      expect(await heading(page)).toBe('Brak połączenia z internetem');
    });
  });

  it('"Usuń zapisane strony" removes the saved pages from the device', async () => {
    await withPage(browser(), '/placowki/opolskie/', async ({ page }) => {
      await controlled(page);
      await page.getByRole('button', { name: 'Zapisz województwo do użytku offline' }).click();
      await page.locator('[data-save-offline][data-saved="all"]').waitFor({ timeout: 60_000 });
      const saved = () => page.evaluate(async () => (await (await caches.open('katalog-strony')).keys()).length);
      expect(await saved()).toBeGreaterThan(10);
      await page.getByRole('button', { name: 'Usuń zapisane strony' }).click();
      await page.getByText('Usunięto strony zapisane na tym urządzeniu.').waitFor();
      expect(await page.evaluate(() => caches.has('katalog-strony'))).toBe(false);
    });
  });

  it('a new version is offered ("Dostępna jest nowa wersja — odśwież") and loads only when asked', async () => {
    // A proxy in front of the test server that can serve a changed sw.js, as after a new deployment.
    let version = 1;
    const proxy: Server = createServer(async (req, res) => {
      const upstream = await fetch(baseUrl() + (req.url ?? '/'));
      let body = Buffer.from(await upstream.arrayBuffer());
      if (req.url?.startsWith('/sw.js') && version > 1) body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)]);
      const headers = Object.fromEntries([...upstream.headers].filter(([k]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(k)));
      res.writeHead(upstream.status, headers).end(body);
    });
    const origin = await new Promise<string>((done) =>
      proxy.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(proxy.address() as { port: number }).port}`)),
    );
    onTestFinished(() => new Promise((done) => proxy.close(() => done())));
    // The site comes through the proxy: the page opens there, and requests anywhere else are outside the site.
    await withPage(browser(), '/placowki/', { origin }, async ({ page }) => {
      await controlled(page);
      const prompt = page.locator('[data-update-prompt]');
      expect(await prompt.isVisible()).toBe(false); // the first install is not an update

      version = 2;
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await prompt.waitFor({ state: 'visible', timeout: 30_000 });
      expect((await prompt.textContent())?.replace(/\s+/g, ' ').trim()).toBe('Dostępna jest nowa wersja — odśwież');
      expect(await axe(page)).toEqual([]);
      // Waiting, not forced: the page stays as it is until the user chooses.
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)))).toBe(true);

      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'odśwież' }).click()]);
      await controlled(page);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)))).toBe(false);
      expect(await page.locator('[data-update-prompt]').isVisible()).toBe(false);
    });
  });
});
