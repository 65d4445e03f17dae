/**
 * Every gmina, in Chromium, as an assistant in gmina Sztabin would: finding the gmina by the village
 * Jaziewo, the builder's suggestions for a pregnant woman (generic OPS, the powiat's legal aid and PCPR,
 * the national crisis lines, each with its reason), and the gmina page's generic cards with a link that
 * opens the contribution form prefilled. No request leaves the site, no console error, axe clean.
 */
import { describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';

const browser = useBrowser();
const SZTABIN = '/placowki/podlaskie/powiat-augustowski/sztabin/';

describe('statutory institutions and find-my-gmina in Chromium', () => {
  it('Jaziewo → gmina Sztabin; a pregnant woman needing psychological support, money and legal help gets generic and national support with reasons', async () => {
    await withPage(browser(), '/katalog/', async ({ page, requests }) => {
      await hydrated(page);
      await page.getByLabel('Województwo (nieobowiązkowe)').selectOption({ label: 'podlaskie' });
      const input = page.getByRole('combobox', { name: 'Gmina, w której mieszka rodzina' });
      await input.click();
      await page.keyboard.type('Jaziewo');
      const option = page.getByRole('option', { name: /Jaziewo → gmina Sztabin \(gmina wiejska, powiat augustowski, województwo podlaskie\)/ });
      await option.waitFor();
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByText('Wybrana gmina:').waitFor();
      expect(await page.locator('.picked-gmina').textContent()).toContain('Sztabin (powiat augustowski, województwo podlaskie)');
      expect(requests.filter((u) => u.includes('/miejscowosci/'))).toEqual([expect.stringMatching(/\/miejscowosci\/podlaskie\.json$/)]);

      await page.getByRole('checkbox', { name: 'Kobiety w ciąży i ich rodziny' }).check();
      await page.getByRole('button', { name: 'Dalej: Mocne strony i zasoby rodziny' }).click();
      await page.getByRole('button', { name: 'Dalej: Potrzeby i wsparcie' }).click();
      for (const need of ['Wsparcie psychologiczne', 'Pieniądze i świadczenia', 'Porady prawne']) await page.getByRole('checkbox', { name: need }).check();

      const item = (name: string) => page.locator('.suggestions > li', { has: page.locator('.suggestion-name', { hasText: name }) });
      const ops = item('Ośrodek pomocy społecznej');
      await ops.waitFor();
      expect(await ops.textContent()).toContain(
        'Dlaczego: odpowiada na potrzebę: Pieniądze i świadczenia; taka instytucja działa w każdej gminie, także w Twojej.',
      );
      expect(await ops.textContent()).toContain('Ta instytucja działa w każdej gminie; nie mamy jeszcze jej adresu.');
      expect(await ops.textContent()).toContain('Biuletynie Informacji Publicznej (BIP) gminy Sztabin');
      const legal = item('Punkty nieodpłatnej pomocy prawnej');
      expect(await legal.textContent()).toMatch(
        /Porady prawne; pasuje do sytuacji rodziny: Kobiety w ciąży i ich rodziny; taka instytucja działa dla każdego powiatu, także Twojego/,
      );
      expect(await item('Powiatowe centrum pomocy rodzinie (PCPR)').count()).toBe(1);
      // Audiences order, they do not hide: the lines for adults in crisis reach a pregnant woman.
      expect(await item('Kryzysowy Telefon Zaufania').textContent()).toMatch(/Wsparcie psychologiczne; działa w całej Polsce/);
      const names = await page.locator('.suggestions .suggestion-name').allTextContents();
      expect(names.indexOf('Ośrodek pomocy społecznej')).toBeLessThan(names.indexOf('Kryzysowy Telefon Zaufania'));
      expect(await axe(page)).toEqual([]);

      await page.getByRole('button', { name: 'Dodaj do katalogu: Ośrodek pomocy społecznej' }).click();
      const chosen = page.locator('.chosen-card', { hasText: 'Ośrodek pomocy społecznej' });
      await chosen.waitFor();
      expect(await chosen.textContent()).toContain(
        'Nie znamy jeszcze adresu. Adres i telefon znajdziesz w Biuletynie Informacji Publicznej (BIP) gminy Sztabin',
      );
      expect(await axe(page)).toEqual([]);
    });
  }, 180_000);

  it('the Sztabin page shows every statutory kind as a generic card, not on the map or in the count, and "Dodaj placówkę" opens the form prefilled', async () => {
    await withPage(browser(), SZTABIN, async ({ page }) => {
      const cards = page.locator('#twoje-instytucje ~ ul .generic-card, .baseline .generic-card');
      expect(await cards.count()).toBe(12);
      expect(await page.locator('.lead').textContent()).toMatch(/^Gmina wiejska, powiat augustowski, województwo podlaskie\. \d+ wynik/);
      expect(await axe(page)).toEqual([]);
      await page.getByRole('link', { name: 'Znasz adres? Dodaj placówkę: Ośrodek pomocy społecznej' }).click();
      await page.waitForURL(/\/zglos\/\?rodzaj=ops&gmina=2001072$/);
      await hydrated(page);
      await page.getByLabel('Rodzaj placówki').waitFor();
      expect(await page.getByLabel('Rodzaj placówki').inputValue()).toBe('ops');
      expect(await page.getByLabel('Gmina', { exact: true }).inputValue()).toBe('2001072');
    });
  }, 180_000);
});
