/**
 * The contribution form in real Chromium: filled by keyboard, it produces a file that
 * `npm run validate` accepts; a bad field shows the validator's own message next to it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, hydrated, launch, withPage } from '../helpers/browser.ts';

let browser: Browser;
const scratch = mkdtempSync(join(tmpdir(), 'katalog-form-'));
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs the real validator on a copy of content/ with these files added or replaced. */
function validate(files: Record<string, string>) {
  const dir = mkdtempSync(join(scratch, 'content-'));
  cpSync('content', dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path.replace(/^content\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  const r = spawnSync(process.execPath, ['scripts/validate.ts', '--format=json'], { env: { ...process.env, KATALOG_CONTENT_DIR: dir }, encoding: 'utf8' });
  return { status: r.status, report: JSON.parse(r.stdout) as { issues: { field: string; message: string; file: string }[] } };
}

async function ready(page: Page) {
  await hydrated(page);
  await labelled(page, 'Pełna nazwa').waitFor();
}

/** Labels of required fields end with "(wymagane)": match the start. */
const labelled = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\(wymagane\\))?$`));

async function type(page: Page, label: string, text: string) {
  await labelled(page, label).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Native selects by keyboard: focus, then type the start of the option (type-ahead). */
async function choose(page: Page, label: string, text: string, expected: RegExp) {
  const select = labelled(page, label);
  await select.focus();
  await page.keyboard.type(text);
  await expect.poll(async () => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '')).toMatch(expected);
}

async function check(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).first().focus();
  await page.keyboard.press('Space');
}

async function fillValidEntry(page: Page, postalCode = '16-200') {
  await type(page, 'Pełna nazwa', 'Stowarzyszenie Testowe „Rodzina Razem”');
  await type(page, 'Nazwa skrócona', 'Rodzina Razem Test');
  await choose(page, 'Rodzaj placówki', 'Organizacja p', /Organizacja pozarządowa/);
  await choose(page, 'Województwo', 'podlaskie', /podlaskie/);
  await choose(page, 'Powiat', 'powiat sok', /powiat sokólski/);
  // Type-ahead with ASCII only: Playwright sends "ą" as inserted text, which a select does not take.
  await choose(page, 'Gmina', 'D', /Dąbrowa Białostocka/);
  await type(page, 'Ulica i numer', 'ul. Przykładowa 5');
  await type(page, 'Kod pocztowy', postalCode);
  await type(page, 'Miejscowość', 'Dąbrowa Białostocka');
  await type(page, 'Szerokość geograficzna (lat)', '53,65');
  await type(page, 'Długość geograficzna (lng)', '23.35');
  await type(page, 'Telefon 1: numer', '85 700 00 00');
  await type(page, 'Godziny otwarcia', 'Mo-Fr 08:00-16:00');
  await type(page, 'Nazwa usługi', 'Porady dla rodziców');
  await check(page, 'Porady prawne');
  await check(page, 'Wsparcie informacyjne');
  await check(page, 'Wszyscy mieszkańcy');
  await type(page, 'Krótki opis placówki', 'Syntetyczny wpis z testu formularza. **Porady** są bezpłatne.');
  await type(page, 'Skąd pochodzą dane', 'Test automatyczny formularza');
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Sprawdź i przygotuj plik' }).focus();
  await page.keyboard.press('Enter');
}

describe('contribution form', () => {
  it('has no axe violation and makes no request outside the site', async () => {
    await withPage(browser, '/zglos/', async ({ page }) => {
      await ready(page);
      expect(await axe(page)).toEqual([]);
      await submit(page); // the error state too
      await page.getByRole('alert').waitFor();
      expect(await axe(page)).toEqual([]);
    });
  });

  it('filled by keyboard, produces a file that npm run validate accepts', async () => {
    await withPage(browser, '/zglos/', { acceptDownloads: true }, async ({ page }) => {
      await ready(page);
      await fillValidEntry(page);
      await submit(page);
      await page.getByRole('heading', { name: 'Plik jest gotowy' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Plik jest gotowy', null, { timeout: 5_000 });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Plik jest gotowy');
      const path = await page.locator('.contribute-result code').first().textContent();
      expect(path).toBe('content/institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/rodzina-razem-test.md');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Pobierz plik' }).focus();
      await page.keyboard.press('Enter');
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('rodzina-razem-test.md');
      const saved = join(scratch, 'pobrany.md');
      await download.saveAs(saved);
      const text = readFileSync(saved, 'utf8');
      expect(text).toMatch(/^---\nid: [0-9a-f-]{36}\n/);
      expect(text).toContain('number: +48 85 700 00 00');

      const result = validate({ [path!]: text });
      // The new file has no issue at all; the seed entries' own 24-month warnings are not this file's.
      expect(result.report.issues.filter((i) => i.file.endsWith(path!.replace(/^content\//, '')))).toEqual([]);
      expect(result.status).toBe(0);

      const github = await page.getByRole('link', { name: 'Utwórz plik w GitHub' }).getAttribute('href');
      const url = new URL(github!);
      expect(url.pathname).toMatch(/^\/[^/]+\/[^/]+\/new\/main$/);
      expect(url.searchParams.get('filename')).toBe(path);
      expect(url.searchParams.get('value')).toBe(text);
    });
  });

  it('asks in which languages one is served: Polish ticked, Ukrainian ticked by keyboard goes into the file as languages: [pl, uk]', async () => {
    await withPage(browser, '/zglos/', async ({ page }) => {
      await ready(page);
      const group = page.getByRole('group', { name: 'W jakich językach można być obsłużonym?' });
      const boxes = group.getByRole('checkbox');
      // Each in Polish, then in its own words when the browser knows them (Chromium's data may lack Belarusian's own name).
      const labels = await boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''));
      expect(labels.map((l) => l.split(' (')[0])).toEqual(['polski', 'ukraiński', 'rosyjski', 'białoruski', 'angielski', 'niemiecki']);
      expect(labels[1]).toBe('ukraiński (українська)');
      expect(await group.getByRole('checkbox', { name: 'polski' }).isChecked()).toBe(true);
      expect(await group.locator('span[lang="uk"]').textContent()).toBe('(українська)');
      await fillValidEntry(page);
      await group.getByRole('checkbox', { name: /^ukraiński/ }).focus();
      await page.keyboard.press('Space');
      expect(await group.getByRole('checkbox', { name: /^ukraiński/ }).isChecked()).toBe(true);
      await submit(page);
      await page.getByRole('heading', { name: 'Plik jest gotowy' }).waitFor();
      const text = await page.getByLabel('Treść pliku (możesz ją skopiować)').inputValue();
      expect(text).toContain('\nlanguages: [pl, uk]\n');
      const path = (await page.locator('.contribute-result code').first().textContent())!;
      const result = validate({ [path]: text });
      expect(result.report.issues.filter((i) => i.file.endsWith(path.replace(/^content\//, '')))).toEqual([]);
      expect(result.status).toBe(0);
    });
  });

  it('shows the command line’s own message next to a bad field, announced to screen readers', async () => {
    await withPage(browser, '/zglos/', async ({ page }) => {
      await ready(page);
      await fillValidEntry(page, '16200');
      await submit(page);
      const summary = page.getByRole('alert');
      await summary.waitFor();
      // Focus moves to the summary on the next frame; under load the check may come first, so wait for it.
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert', null, { timeout: 5_000 });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');

      const field = labelled(page, 'Kod pocztowy');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
      const errorId = describedBy.find((id) => id.endsWith('-blad'))!;
      const shown = (await page.locator(`#${errorId}`).textContent())!.replace(/^Błąd: /, '');

      // The same mistake in a file, through the validator.
      const file = readFileSync('tests/fixtures/broken/15-kod-pocztowy-bez-myslnika.md', 'utf8').replace(
        'date: 2026-10-01',
        `date: ${new Date().toISOString().slice(0, 10)}`,
      );
      const cli = validate({ 'content/institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/kod.md': file });
      const fromCli = cli.report.issues.find((i) => i.field === 'address.postal_code')!.message;
      expect(cli.status).toBe(1);
      expect(shown).toBe(fromCli);
      expect(await summary.textContent()).toContain(fromCli);
    });
  });

  it('loads an existing entry for correction from its page (?popraw=slug&woj=code) and gives back a file the validator accepts', async () => {
    const original = 'content/institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/mops-dabrowa-bialostocka.md';
    await withPage(browser, '/placowka/mops-dabrowa-bialostocka/', async ({ page, requests }) => {
      await page.getByRole('link', { name: 'skorzystaj z formularza' }).click();
      await page.waitForURL(/\/zglos\/\?popraw=mops-dabrowa-bialostocka&woj=20$/);
      await ready(page);
      // Only podlaskie's entries were fetched for the form.
      expect(requests.map((r) => new URL(r).pathname).filter((p) => p.startsWith('/zglos/wpisy/'))).toEqual(['/zglos/wpisy/20.json']);
      expect(await labelled(page, 'Pełna nazwa').inputValue()).toBe('Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej');
      expect(await labelled(page, 'Gmina').inputValue()).toBe('2011013');
      await type(page, 'Nazwa skrócona', 'MOPS w Dąbrowie Białostockiej');
      await submit(page);
      await page.getByRole('heading', { name: 'Plik jest gotowy' }).waitFor();
      const text = await page.getByLabel('Treść pliku (możesz ją skopiować)').inputValue();
      expect(text).toContain('id: 7397acff-2d02-4cc7-9f86-4f0c2cfedc1a');
      expect(text).toContain('short_name: MOPS w Dąbrowie Białostockiej');
      expect(await page.getByRole('link', { name: /Otwórz edycję pliku w GitHub/ }).getAttribute('href')).toMatch(new RegExp(`/edit/main/${original}$`));
      const result = validate({ [original]: text });
      expect(result.report.issues.filter((i) => i.field !== 'verified.date' && i.field !== 'verified.source_date')).toEqual([]);
      expect(result.status === 0 || result.status === 2).toBe(true);
    });
  });

  it('says plainly when the entry to correct is not found, and offers a new entry', async () => {
    await withPage(browser, '/zglos/?popraw=nie-ma-takiej-placowki&woj=20', async ({ page }) => {
      await ready(page);
      expect(await page.locator('.notice', { hasText: 'Nie znaleziono wpisu' }).textContent()).toContain('„nie-ma-takiej-placowki”');
      expect(await labelled(page, 'Pełna nazwa').inputValue()).toBe('');
    });
  });
});
