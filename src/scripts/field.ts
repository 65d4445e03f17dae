/**
 * Ready for the field: registers the service worker (production builds only), shows
 * "Tryb offline: dane z …" while the browser is offline, and offers to load a new version
 * of the site when one is waiting. The markup is src/components/FieldStatus.astro.
 */
const offlineState = document.querySelector<HTMLElement>('[data-offline-state]');
const updatePrompt = document.querySelector<HTMLElement>('[data-update-prompt]');

function showConnection(): void {
  if (offlineState) offlineState.hidden = navigator.onLine;
}
showConnection();
addEventListener('online', showConnection);
addEventListener('offline', showConnection);

function offerUpdate(worker: ServiceWorker): void {
  if (!updatePrompt) return;
  updatePrompt.hidden = false;
  updatePrompt.querySelector('button')?.addEventListener(
    'click',
    () => {
      reloadOnChange = true;
      // The Workbox service worker activates itself on this message (generateSW, skipWaiting: false).
      worker.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

let reloadOnChange = false;

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  // A new version already waiting (installed in an earlier visit) while this page is controlled.
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update: nothing to offer.
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadOnChange) location.reload();
  });
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  register().catch((error: unknown) => console.warn('Service worker:', error));
}
