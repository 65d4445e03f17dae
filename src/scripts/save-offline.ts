/**
 * "Zapisz województwo do użytku offline" (src/components/SaveOffline.astro): fetches the pages of
 * one województwo into the cache that the service worker reads pages from when there is no
 * connection. Bounded: the list is written after the build (scripts/lib/service-worker.ts) and
 * holds only the województwo, its powiat and gmina pages and the institutions they list.
 */
import { count } from '../i18n/index.ts';

/** The caches the service worker's routes read (scripts/lib/service-worker.ts: PAGES_CACHE, DATA_CACHE). */
const PAGES_CACHE = 'katalog-strony';
const DATA_CACHE = 'katalog-dane';
const cacheFor = (url: string) => (url.endsWith('.json') ? DATA_CACHE : PAGES_CACHE);
const PARALLEL = 4;

const root = document.querySelector<HTMLElement>('[data-save-offline]');
if (root && 'serviceWorker' in navigator && 'caches' in window) {
  const progress = root.querySelector<HTMLElement>('[data-save-progress]')!;
  const save = root.querySelector<HTMLButtonElement>('[data-save-now]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-save-clear]')!;
  root.hidden = false;

  save.addEventListener('click', async () => {
    save.disabled = true;
    try {
      const response = await fetch(root.dataset.list!);
      if (!response.ok) throw new Error(String(response.status));
      const { urls } = (await response.json()) as { urls: string[] };
      const cache = { [PAGES_CACHE]: await caches.open(PAGES_CACHE), [DATA_CACHE]: await caches.open(DATA_CACHE) };
      let done = 0;
      let failed = 0;
      const queue = [...urls];
      const worker = async () => {
        for (let url = queue.shift(); url; url = queue.shift()) {
          try {
            await cache[cacheFor(url)].add(url);
          } catch {
            failed++;
          }
          done++;
          if (done % 10 === 0) progress.textContent = `Zapisywanie… ${done} z ${urls.length}`;
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      progress.textContent = failed
        ? `Zapisano ${count(done - failed, 'pageSaved')}; ${failed} nie udało się pobrać. Spróbuj ponownie przy lepszym zasięgu.`
        : `Gotowe: zapisano ${count(done, 'pageSaved')}. Będą działać na tym urządzeniu bez internetu.`;
      root.dataset.saved = failed ? 'partial' : 'all';
    } catch {
      progress.textContent = 'Nie udało się zapisać stron. Sprawdź połączenie z internetem i spróbuj ponownie.';
    } finally {
      save.disabled = false;
    }
  });

  clear.addEventListener('click', async () => {
    await Promise.all([caches.delete(PAGES_CACHE), caches.delete(DATA_CACHE)]);
    progress.textContent = 'Usunięto strony zapisane na tym urządzeniu.';
    delete root.dataset.saved;
  });
}
