/**
 * The PDF engine (@react-pdf/renderer, ~460 kB, and its fonts) for the builder: never in the first load
 * (a dynamic import), but started early, so the first "Pobierz PDF" does not wait for it: when the browser
 * is idle after the builder loads (unless the device asks to save data or the connection is very slow),
 * and when the assistant reaches the preview step.
 */
type Engine = typeof import('../../pdf/render-browser.ts');

let engine: Promise<Engine> | undefined;

export function loadPdfEngine(): Promise<Engine> {
  engine ??= import('../../pdf/render-browser.ts');
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Loads the engine and warms it (fonts fetched and parsed); failures are left for the real export to report. */
export function warmPdfEngine(): void {
  // For the benchmark (scripts/bench/catalogue.ts): what the page loaded before this is its first load.
  if (!engine && !performance.getEntriesByName('katalog-pdf-preload').length) performance.mark('katalog-pdf-preload');
  loadPdfEngine()
    .then((e) => e.warmUp())
    .catch(() => undefined);
}

interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/** Whether to fetch the engine without being asked: not when the device saves data or the connection is 2G. */
export function mayPreloadOnIdle(nav: Navigator): boolean {
  const connection = (nav as Navigator & { connection?: NetworkInformation }).connection;
  return !connection?.saveData && !/(^|-)2g$/.test(connection?.effectiveType ?? '');
}

/** Starts warming the engine when the browser is idle; returns a function that cancels it. */
export function preloadWhenIdle(): () => void {
  if (!mayPreloadOnIdle(navigator)) return () => undefined;
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(warmPdfEngine, { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(warmPdfEngine, 2000);
  return () => clearTimeout(id);
}
