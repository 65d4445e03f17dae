/**
 * The catalogue builder in Ukrainian and English in real Chromium, by keyboard: axe at every step, the page in its
 * language with the Polish data marked `lang="pl"`, and on /uk/katalog/ a Ukrainian and then a bilingual PDF read
 * back: Ukrainian (and Polish) headings, the Polish institutions' names and the family's own words exactly as typed.
 * Taxonomy names are found by their stem in either language, as they are translated elsewhere.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builderTranslator } from '../helpers/words.ts';
import { axe, hydrated, useBrowser, withPage } from '../helpers/browser.ts';
import { readPdf } from '../helpers/pdf.ts';

const browser = useBrowser();

async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < 250; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function next(page: Page, title: string) {
  await tabTo(page, page.getByRole('button', { name: new RegExp(`: ${title}$`) }).last());
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.activeElement?.id === 'kat-step-heading' && document.activeElement.textContent?.includes(t), title);
}

async function downloadPdf(page: Page, button: string) {
  await tabTo(page, page.getByRole('button', { name: button }));
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
  const file = join(mkdtempSync(join(tmpdir(), 'katalog-')), download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), ...(await readPdf(file)) };
}

const PIK = 'Punkt Pomocy Rodzinie – Punkt Interwencji Kryzysowej przy MOPS w Dąbrowie Białostockiej';
const GOALS = 'Мама хоче знайти психолога. Mieszkamy przy ulicy Źródlanej.';

describe('catalogue builder in Ukrainian', () => {
  const uk = builderTranslator('uk');
  const t = uk.t;

  it('a keyboard walk on /uk/katalog/ gives a Ukrainian and a bilingual PDF with the Polish data and the family’s words exactly', async () => {
    await withPage(browser(), '/uk/katalog/', { acceptDownloads: true }, async ({ page }) => {
      await hydrated(page);
      expect(await page.getAttribute('html', 'lang')).toBe('uk');
      expect(await page.getByRole('heading', { level: 2, name: t('builder.stepHeading', { n: 1, total: 5, title: t('builder.step.0') }) }).count()).toBe(1);
      expect(await axe(page)).toEqual([]);

      await tabTo(page, page.getByLabel(t('who.pseudonym')));
      await page.keyboard.type('Родина К.');
      await tabTo(page, page.getByRole('combobox', { name: t('gmina.label') }));
      await page.keyboard.type('dąbrowa biał');
      await page.getByRole('option', { name: /Dąbrowa Białostocka/ }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByText(t('gmina.picked')).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t('gmina.change'));
      expect(await page.locator('.picked-gmina strong').getAttribute('lang')).toBe('pl');
      await tabTo(page, page.getByLabel(t('who.goals')));
      await page.keyboard.type(GOALS);
      expect(await axe(page)).toEqual([]);

      await next(page, t('builder.step.1'));
      await tabTo(page, page.locator('textarea[id^="kat-res-"]').first());
      await page.keyboard.type('Бабуся живе поруч, ul. Źródlana 3.');
      expect(await axe(page)).toEqual([]);

      await next(page, t('builder.step.2'));
      await tabTo(page, page.getByRole('checkbox', { name: /psycholog|психолог/i }).first());
      await page.keyboard.press('Space');
      const suggestion = page.locator('.suggestions li', { hasText: PIK });
      await suggestion.waitFor();
      expect(await suggestion.textContent()).toContain(`${t('services.why')}: ${t('reason.need', { list: '' })}`);
      expect(await suggestion.locator('.suggestion-name').getAttribute('lang')).toBe('pl');
      await tabTo(page, page.getByRole('button', { name: t('services.addNamed', { name: PIK }) }));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: t('services.chosen', { n: 1 }) }).waitFor();
      expect(await page.locator('[role="status"][aria-live="polite"]').last().textContent()).toBe(t('services.added', { name: PIK }));
      await tabTo(page, page.locator('.chosen-card').getByLabel(t('chosen.nextStep')));
      await page.keyboard.type('Зателефонувати в понеділок.');
      expect(await axe(page)).toEqual([]);

      await next(page, t('builder.step.3'));
      await tabTo(page, page.getByRole('button', { name: t('plan.add') }));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id.endsWith('-action'));
      await page.keyboard.type('Записатися до психолога');
      expect(await axe(page)).toEqual([]);

      await next(page, t('builder.step.4'));
      const group = page.getByRole('group', { name: t('finish.pdfLanguage') });
      expect(await group.getByRole('radio').count()).toBe(3);
      expect(await group.getByRole('radio', { name: t('finish.lang.uk'), exact: true }).isChecked()).toBe(true);
      expect(await page.locator('.preview').getAttribute('lang')).toBe('uk');
      expect(await page.locator('.preview-service h5').first().getAttribute('lang')).toBe('pl');
      expect(await axe(page)).toEqual([]);

      // In Ukrainian first, then bilingual in the same page: the second PDF keeps every letter (src/pdf/fonts.ts).
      const ukrainian = await downloadPdf(page, t('finish.pdf'));
      for (const expected of ['Індивідуальний каталог можливої підтримки', 'Для: Родина К.', 'Зміст', 'Цілі та ресурси родини', 'План дій', PIK, GOALS]) {
        expect(ukrainian.text).toContain(expected);
      }
      expect(ukrainian.text).not.toContain('Spis treści');

      await tabTo(page, group.getByRole('radio', { name: t('finish.lang.uk'), exact: true }));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(
        await group.getByRole('radio', { name: t('finish.lang.bilingual', { first: t('finish.lang.uk'), second: t('finish.lang.pl') }) }).isChecked(),
      ).toBe(true);
      expect(await page.locator('.preview h3').textContent()).toBe('Індивідуальний каталог можливої підтримки / Indywidualny katalog możliwego wsparcia');
      expect(await axe(page)).toEqual([]);
      const both = await downloadPdf(page, t('finish.pdf'));
      expect(both.name).toMatch(/-uk-pl\.pdf$/);
      for (const expected of [
        'Індивідуальний каталог можливої підтримки / Indywidualny katalog możliwego wsparcia',
        'Для / Dla: Родина К.',
        'Зміст / Spis treści',
        'Цілі родини / Cele rodziny',
        'План дій / Plan działań',
        'Телефон / Telefon:',
        // The need as the page names it, and in Polish.
        '/ Wsparcie psychologiczne',
        'Дані перевірено: 23.11.2026 (документ-джерело: 2019). / Dane sprawdzono: 23.11.2026 (dokument źródłowy: 2019).',
        PIK,
        'gmina Dąbrowa Białostocka, powiat sokólski, województwo podlaskie',
        GOALS,
        'Бабуся живе поруч, ul. Źródlana 3.',
        'Зателефонувати в понеділок.',
        'Записатися до психолога',
      ]) {
        expect(both.text).toContain(expected);
      }
      expect(both.text).not.toMatch(/\uFFFD/);
    });
  }, 300_000);
});

describe('catalogue builder in English', () => {
  const { t } = builderTranslator('en');

  it('every step of /en/katalog/ passes axe by keyboard, with the Polish data marked and the PDF offered in English, Polish or both', async () => {
    await withPage(browser(), '/en/katalog/', async ({ page }) => {
      await hydrated(page);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await axe(page)).toEqual([]);
      await tabTo(page, page.getByRole('combobox', { name: t('gmina.label') }));
      await page.keyboard.type('dąbrowa biał');
      await page.getByRole('option', { name: /Dąbrowa Białostocka/ }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByText(t('gmina.picked')).waitFor();
      await next(page, t('builder.step.1'));
      expect(await axe(page)).toEqual([]);
      await next(page, t('builder.step.2'));
      await tabTo(page, page.getByRole('checkbox', { name: /psycholog/i }).first());
      await page.keyboard.press('Space');
      await page.locator('.suggestions li', { hasText: PIK }).waitFor();
      await tabTo(page, page.getByRole('button', { name: t('services.addNamed', { name: PIK }) }));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: t('services.chosen', { n: 1 }) }).waitFor();
      expect(await axe(page)).toEqual([]);
      await next(page, t('builder.step.3'));
      expect(await axe(page)).toEqual([]);
      await next(page, t('builder.step.4'));
      const group = page.getByRole('group', { name: t('finish.pdfLanguage') });
      expect((await group.locator('label').allTextContents()).map((name) => name.trim())).toEqual([
        t('finish.lang.en'),
        t('finish.lang.pl'),
        t('finish.lang.bilingual', { first: t('finish.lang.en'), second: t('finish.lang.pl') }),
      ]);
      expect(await group.getByRole('radio', { name: t('finish.lang.en'), exact: true }).isChecked()).toBe(true);
      expect(await page.locator('.preview h3').textContent()).toBe('Individual catalogue of possible support');
      expect(await page.locator('.preview-service h5').first().getAttribute('lang')).toBe('pl');
      expect(await axe(page)).toEqual([]);
    });
  }, 240_000);
});
