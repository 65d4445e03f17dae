/**
 * The catalogue's PDF made ahead: once the preview step has stood still for a moment (no change for `AHEAD_DELAY_MS`,
 * then an idle moment), the PDF of exactly what the preview shows is rendered in the background, so "Pobierz PDF"
 * usually only saves it. One PDF at a time, in memory only: any change to the catalogue, its language or the large
 * print makes a new one, so what is saved is never older than what is shown (the same data object, by identity).
 * Renders run one after another, never two at once (the engine's font caches are shared). "Zapomnij" drops it.
 */
import type { CataloguePdfData } from '../../lib/catalogue/selectors.ts';
import type { PdfTranslator } from '../../lib/catalogue/words.ts';
import { loadPdfEngine } from './pdf-engine.ts';

export const AHEAD_DELAY_MS = 1000;

interface Made {
  data: CataloguePdfData;
  tr: PdfTranslator;
  blob: Promise<Blob>;
}

let made: Made | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The PDF of this data in these words: the one made ahead when it matches, else a new render after any in progress. */
export function pdfFor(data: CataloguePdfData, tr: PdfTranslator): Promise<Blob> {
  if (made && made.data === data && made.tr === tr) return made.blob;
  const blob = queue.then(() => loadPdfEngine()).then(({ renderPdfBlob }) => renderPdfBlob(data, tr));
  queue = blob.catch(() => undefined);
  const current: Made = { data, tr, blob };
  made = current;
  blob.catch(() => {
    if (made === current) made = undefined;
  });
  return blob;
}

/** Starts making the PDF ahead once nothing has changed for a moment and the browser is idle; returns a function that cancels it. */
export function makeAhead(data: CataloguePdfData, tr: PdfTranslator, delay = AHEAD_DELAY_MS): () => void {
  let idle: number | undefined;
  const run = () => void pdfFor(data, tr).catch(() => undefined);
  const timer = setTimeout(() => {
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(run, { timeout: 3000 });
    else run();
  }, delay);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

/** Drops the PDF made ahead (the family's data in memory): on "Zapomnij wszystko". */
export function forgetMadeAhead(): void {
  made = undefined;
}
