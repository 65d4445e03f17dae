/**
 * The PDF engine (@react-pdf/renderer, ~520 kB gzipped, and its fonts) for the builder: never in the first load
 * (a dynamic import), but started early, so the first "Pobierz PDF" does not wait for it: when the browser is
 * idle after the assistant's first interaction with the page (unless the device asks to save data or the
 * connection is very slow), and when the assistant reaches the preview step. Not right after the page loads:
 * evaluating ~1.6 MB of JavaScript then blocks the page while it becomes usable, for a visitor who may only read it.
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

/** Runs a function when the browser is idle; returns a function that cancels it. */
export type IdleScheduler = (run: () => void) => () => void;

/** The browser's idle time (`requestIdleCallback`, at most 4 s away; a 2 s timer where it is missing). */
const whenBrowserIdle: IdleScheduler = (run) => {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(run, { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 2000);
  return () => clearTimeout(id);
};

/** A person starting to work with the page: a touch, a click or a key. */
export const FIRST_INTERACTION = ['pointerdown', 'keydown'] as const;

/**
 * Calls `start` once: when `whenIdle` runs, after the first `pointerdown` or `keydown` that reaches `target`
 * (heard in the capture phase, so a widget that stops the event still counts). Returns a function that cancels
 * whatever has not happened yet.
 */
export function afterFirstInteraction(target: EventTarget, whenIdle: IdleScheduler, start: () => void): () => void {
  let cancelIdle: (() => void) | undefined;
  const stopListening = () => {
    for (const type of FIRST_INTERACTION) target.removeEventListener(type, onFirst, { capture: true });
  };
  function onFirst() {
    stopListening();
    cancelIdle = whenIdle(start);
  }
  for (const type of FIRST_INTERACTION) target.addEventListener(type, onFirst, { capture: true, once: true, passive: true });
  return () => {
    stopListening();
    cancelIdle?.();
  };
}

/**
 * Starts warming the engine when the browser is idle after the assistant's first interaction with the page
 * (never on a device that saves data or a 2G connection); returns a function that cancels it.
 */
export function preloadWhenIdle(): () => void {
  if (!mayPreloadOnIdle(navigator)) return () => undefined;
  return afterFirstInteraction(window, whenBrowserIdle, warmPdfEngine);
}
