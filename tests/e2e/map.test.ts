/**
 * The map (/mapa/) in real Chromium: offline outlines, clustered markers reachable by keyboard, popups, shared
 * filters (the directory's Preact island around the React map, one filter store), no tile request, axe.
 */
import { describe, expect, it } from 'vitest';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';

const browser = useBrowser();

describe('map', () => {
  it('draws the offline outlines and the markers, makes no request outside the site and passes axe', async () => {
    await withPage(browser(), '/mapa/', async ({ page, requests }) => {
      await hydrated(page);
      await page.locator('.leaflet-overlay-pane path').first().waitFor();
      expect(await page.locator('.leaflet-overlay-pane path').count()).toBe(17); // Poland + 16 województwa
      await page.locator('.map-cluster, .map-pin').first().waitFor();
      expect(await page.locator('.leaflet-tile').count()).toBe(0);
      expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('geoportal.gov.pl');
      expect(requests.some((u) => u.includes('tile.openstreetmap'))).toBe(false);
      expect(await axe(page)).toEqual([]);
    });
  });

  it('filters like the list, and the keyboard reaches a marker whose popup links to the entry and says the location is approximate', async () => {
    await withPage(browser(), '/mapa/?q=wejherowo', async ({ page }) => {
      await hydrated(page);
      // "wejherowo" names a place: everything serving gmina Wejherowo is listed (national helplines too), and only GOPS Wejherowo has a point.
      await page.waitForFunction(() =>
        /Znaleziono: \d+ wynik(?:i|ów)?, na mapie: 1\./.test(document.querySelector('.map-view [role=status]')?.textContent ?? ''),
      );
      const pin = page.locator('.leaflet-marker-icon.map-pin-approx');
      await pin.waitFor();
      expect(await pin.getAttribute('role')).toBe('button');
      expect(await pin.textContent()).toContain('(położenie przybliżone)');
      // Tab from the map container to the marker, then Enter opens its popup.
      await page.focus('.map-canvas');
      for (let i = 0; i < 5 && !(await pin.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await pin.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup-content');
      await popup.waitFor();
      expect(await popup.locator('a').getAttribute('href')).toBe('/placowka/gops-wejherowo/');
      expect(await popup.textContent()).toContain('Położenie przybliżone');
      expect(await axe(page)).toEqual([]);
    });
  });

  it('the form, the count, the list and the markers follow one filter state; Back restores all of them', async () => {
    await withPage(browser(), '/mapa/?woj=20', async ({ page }) => {
      await hydrated(page);
      const status = () => page.evaluate(() => document.querySelector('.map-view [role=status]')?.textContent ?? '');
      // Markers on the map: pins, and clusters counted by the number they show; must equal "na mapie: N".
      const markersMatchCount = () =>
        page.waitForFunction(() => {
          const onMap = /na mapie: (\d+)\./.exec(document.querySelector('.map-view [role=status]')?.textContent ?? '')?.[1];
          const pins = document.querySelectorAll('.leaflet-marker-icon.map-pin').length;
          const clustered = [...document.querySelectorAll('.map-cluster [aria-hidden=true]')].reduce((n, el) => n + Number(el.textContent), 0);
          return onMap !== undefined && Number(onMap) > 0 && pins + clustered === Number(onMap);
        });
      await markersMatchCount();
      const before = await status();
      await page.selectOption('#mapa-type', 'ops');
      await page.waitForFunction((b) => document.querySelector('.map-view [role=status]')?.textContent !== b, before);
      expect(page.url()).toContain('?woj=20&rodzaj=ops');
      expect(await status()).toBe('Znaleziono: 1 wynik, na mapie: 1.');
      await markersMatchCount();
      expect(await page.locator('.map-view .entry-list h3').allTextContents()).toEqual(['Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej']);
      expect(await page.locator('.leaflet-marker-icon.map-pin').textContent()).toContain('Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej');
      expect(await page.getByRole('link', { name: 'Pokaż jako listę' }).getAttribute('href')).toBe('/placowki/?woj=20&rodzaj=ops');
      await page.goBack();
      await page.waitForFunction((b) => document.querySelector('.map-view [role=status]')?.textContent === b, before);
      expect(await page.inputValue('#mapa-type')).toBe('');
      await markersMatchCount();
    });
  });

  it('a cluster is a named button; Enter zooms into it', async () => {
    await withPage(browser(), '/mapa/?woj=20', async ({ page }) => {
      await hydrated(page);
      const cluster = page.locator('.map-cluster').first();
      await cluster.waitFor();
      expect(await cluster.textContent()).toMatch(/\d+ placów(ka|ki|ek) w tym miejscu: powiększ mapę/);
      const zoomBefore = await page.evaluate(() => document.querySelector('.leaflet-proxy')?.getAttribute('style'));
      await cluster.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((before) => document.querySelector('.leaflet-proxy')?.getAttribute('style') !== before, zoomBefore);
    });
  });
});
