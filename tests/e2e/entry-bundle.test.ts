/**
 * "Pobierz wszystkie jako pliki wpisów" in real Chromium, by keyboard: an own entry (a parish food bank)
 * and a filled-in directory entry (the powiat's labour office) leave the builder as one .zip; unzipped
 * in the test, each file has the path the contribution form would give it and passes the real validator
 * (`scripts/validate.ts` on a copy of content/); nothing about the family is in it; the zip code loads
 * only on the click.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { tabTo, typeInto } from '../helpers/keyboard.ts';

const browser = useBrowser();
const scratch = mkdtempSync(join(tmpdir(), 'katalog-paczka-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Synthetic data (tests only).
const PARISH = 'Parafialny bank żywności (test)';
const PUP = 'Powiatowy Urząd Pracy w Sokółce';
const FAMILY = {
  pseudonym: 'Rodzina Paczkowskich-Test',
  goals: 'Cel rodziny: ciepłe mieszkanie',
  why: 'Brakuje jedzenia pod koniec miesiąca',
  note: 'Tata pracuje na zmiany',
};

/** The real validator on a copy of content/ with these files added or replaced; the issues of these files only. */
function validate(files: Record<string, string>) {
  const dir = mkdtempSync(join(scratch, 'content-'));
  cpSync('content', dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path.replace(/^content\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  const r = spawnSync(process.execPath, ['scripts/validate.ts', '--format=json'], { env: { ...process.env, KATALOG_CONTENT_DIR: dir }, encoding: 'utf8' });
  const all = (JSON.parse(r.stdout) as { issues: { field: string; message: string; file: string }[] }).issues;
  const mine = Object.keys(files).map((p) => p.replace(/^content\//, ''));
  return { status: r.status, issues: all.filter((i) => mine.some((m) => i.file.endsWith(m))) };
}

const step = (page: Page, text: string) =>
  page.waitForFunction((t) => document.activeElement?.id === 'kat-step-heading' && document.activeElement.textContent?.includes(t), text);

async function goTo(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name: `Dalej: ${name}` }));
  await page.keyboard.press('Enter');
  await step(page, name);
}

describe('"Pobierz wszystkie jako pliki wpisów"', () => {
  it('downloads one .zip of entry files that pass the validator and hold nothing about the family', async () => {
    await withPage(browser(), '/katalog/', { acceptDownloads: true }, async ({ page, requests }) => {
      await hydrated(page);
      await typeInto(page, page.getByLabel('Jak nazwać tę rodzinę w katalogu? (nieobowiązkowe)'), FAMILY.pseudonym);
      await typeInto(page, page.getByRole('combobox', { name: 'Gmina, w której mieszka rodzina' }), 'korycin');
      await page.getByRole('option', { name: /Korycin/ }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByText('Wybrana gmina:').waitFor();
      await typeInto(page, page.getByLabel('Cele rodziny, jej własnymi słowami'), FAMILY.goals);
      await goTo(page, 'Mocne strony i zasoby rodziny');
      await goTo(page, 'Potrzeby i wsparcie');
      await tabTo(page, page.getByRole('checkbox', { name: 'Praca i kwalifikacje' }));
      await page.keyboard.press('Space');

      // An own entry: the parish food bank, with a note about the family that must stay in the catalogue.
      await tabTo(page, page.getByRole('button', { name: 'Dodaj wsparcie spoza katalogu' }));
      await page.keyboard.press('Enter');
      const own = page.getByRole('form', { name: 'Nowe wsparcie spoza katalogu' });
      await typeInto(page, own.getByLabel('Nazwa (wymagane)'), PARISH);
      await tabTo(page, own.getByLabel('Rodzaj'));
      await page.keyboard.type('Parafia');
      await typeInto(page, own.getByLabel('Co oferuje'), 'Paczki z żywnością raz w miesiącu. Zapisy w kancelarii.');
      await tabTo(page, own.getByRole('checkbox', { name: 'Praca i kwalifikacje' }));
      await page.keyboard.press('Space');
      await typeInto(page, own.getByLabel('Telefon 1: numer'), '85 700 00 02');
      await typeInto(page, own.getByLabel('Ulica i numer'), 'ul. Kościelna 2');
      await typeInto(page, own.getByLabel('Kod pocztowy'), '16-140');
      await typeInto(page, own.getByLabel('Miejscowość'), 'Korycin');
      await typeInto(page, own.getByLabel('Uwagi'), FAMILY.note);
      await tabTo(page, own.getByRole('button', { name: 'Dodaj do katalogu rodziny' }));
      await page.keyboard.press('Enter');
      const parishCard = page.locator('.chosen-card', { hasText: PARISH });
      await parishCard.waitFor();
      await typeInto(page, parishCard.getByLabel('Dlaczego to wsparcie'), FAMILY.why);

      // A directory entry with a phone filled in: its file is a correction of the entry's own file.
      await tabTo(page, page.locator('.suggestions').getByRole('button', { name: `Dodaj do katalogu: ${PUP}` }), true);
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByRole('button', { name: `Uzupełnij dane: ${PUP}` }));
      await page.keyboard.press('Enter');
      const fill = page.getByRole('form', { name: `Uzupełnij dane: ${PUP}` });
      await typeInto(page, fill.getByLabel('Telefon 1: numer'), '85 700 00 03');
      await tabTo(page, fill.getByRole('button', { name: 'Zapisz uzupełnienia' }));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.chosen-card', { hasText: PUP }).textContent()).toContain('85 700 00 03');

      // First the panel asks what a file needs and the catalogue does not hold.
      const panel = page.getByRole('region', { name: 'Pobierz wszystkie jako pliki wpisów' });
      expect(await panel.textContent()).toContain('Nie ma w nich nic o rodzinie');
      const button = panel.getByRole('button', { name: 'Pobierz wszystkie jako pliki wpisów' });
      await tabTo(page, button);
      await page.keyboard.press('Enter');
      const alert = panel.getByRole('alert');
      await alert.waitFor();
      expect(await alert.locator('li').allTextContents()).toEqual([
        'Wpisz, skąd pochodzą dane placówek, np. „Rozmowa telefoniczna z placówką” albo „Strona internetowa parafii”.',
        `Zaznacz, w jakich sprawach pomaga: ${PARISH}.`,
      ]);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      expect(await axe(page)).toEqual([]);
      expect(requests.filter((u) => /bundle-zip|fflate/.test(u))).toEqual([]); // nothing of the zip before the click that makes one

      await typeInto(page, panel.getByLabel('Skąd pochodzą dane placówek (wymagane)'), 'Test automatyczny: rozmowa telefoniczna z placówkami');
      await tabTo(
        page,
        panel.getByRole('group', { name: `W jakich sprawach pomaga: ${PARISH}` }).getByRole('checkbox', { name: 'Jedzenie, ubrania i rzeczy' }),
      );
      await page.keyboard.press('Space');
      await tabTo(page, button);
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('wpisy-do-katalogu.zip');
      const zipFile = join(scratch, 'wpisy.zip');
      await download.saveAs(zipFile);
      await panel.getByRole('status').filter({ hasText: 'Pobrano archiwum wpisy-do-katalogu.zip: 2 pliki wpisów.' }).waitFor();
      expect(requests.some((u) => /bundle-zip/.test(u))).toBe(true);

      const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(readFileSync(zipFile)))).map(([name, bytes]) => [name, strFromU8(bytes)]));
      expect(Object.keys(files).sort()).toEqual([
        'content/institutions/podlaskie/powiat-sokolski/korycin/parafialny-bank-zywnosci-test.md',
        'content/institutions/podlaskie/powiat-sokolski/sokolka/powiatowy-urzad-pracy-sokolka.md',
      ]);
      const parish = files['content/institutions/podlaskie/powiat-sokolski/korycin/parafialny-bank-zywnosci-test.md']!;
      for (const expected of [
        `name: ${PARISH}`,
        'type: parafia',
        '+48 85 700 00 02',
        'Paczki z żywnością raz w miesiącu',
        '- rzeczy',
        'Test automatyczny: rozmowa telefoniczna z placówkami',
      ]) {
        expect(parish).toContain(expected);
      }
      expect(parish).not.toContain('praca'); // the need ticked for the family is not the institution's
      const pup = files['content/institutions/podlaskie/powiat-sokolski/sokolka/powiatowy-urzad-pracy-sokolka.md']!;
      expect(pup).toContain('+48 85 700 00 03');
      expect(pup).toContain(
        readFileSync('content/institutions/podlaskie/powiat-sokolski/sokolka/powiatowy-urzad-pracy-sokolka.md', 'utf8').match(/^id: .+$/m)![0],
      );
      for (const text of Object.values(files)) for (const secret of Object.values(FAMILY)) expect(text).not.toContain(secret);

      const result = validate(files);
      expect(result.issues).toEqual([]); // not even a warning: checked today, by the answered source
      expect(result.status).toBe(0);
      expect(await axe(page)).toEqual([]);
    });
  }, 600_000);
});
