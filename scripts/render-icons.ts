/**
 * Renders the app icons in public/icons/ from the site's SVG mark with Chromium (run once, by hand:
 * `node scripts/render-icons.ts`; the PNGs are committed). "any" icons are the favicon drawn at size;
 * the maskable icon fills the square with the brand colour and keeps the heart inside the safe zone
 * (the central 80 %), so a launcher can crop it to a circle.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';

const HEART = 'M16 25s-9-5.6-9-11.2A4.8 4.8 0 0 1 16 11a4.8 4.8 0 0 1 9 2.8C25 19.4 16 25 16 25z';
const GREEN = '#0b5c4a';
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${GREEN}"/><path d="${HEART}" fill="#fff"/></svg>`;
// The heart spans 18 of 32 units; scaled by 0.8 about the centre it stays well inside the safe zone.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${GREEN}"/><path d="${HEART}" fill="#fff" transform="translate(3.2 2.4) scale(0.8)"/></svg>`;

const icons: [string, string, number][] = [
  ['icon-192.png', any, 192],
  ['icon-512.png', any, 512],
  ['maskable-192.png', maskable, 192],
  ['maskable-512.png', maskable, 512],
];

mkdirSync('public/icons', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const [file, svg, size] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
    await page.close();
    console.log(`public/icons/${file}`);
  }
} finally {
  await browser.close();
}
