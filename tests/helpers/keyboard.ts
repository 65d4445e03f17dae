/** Keyboard-only moves for browser tests. */
import type { Locator, Page } from 'playwright-core';

/** Presses Tab (or Shift+Tab) until the element has focus: the way a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < 300; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, target: Locator, text: string, backwards = false): Promise<void> {
  await tabTo(page, target, backwards);
  await page.keyboard.type(text);
}
