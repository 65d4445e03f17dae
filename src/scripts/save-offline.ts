/**
 * "Zapisz województwo do użytku offline" (src/components/SaveOffline.astro): fetches the pages of
 * one województwo into the cache that the service worker reads pages from when there is no
 * connection. Bounded: the list is written after the build (scripts/lib/service-worker.ts) and
 * holds only the województwo, its powiat and gmina pages and the institutions they list.
 * Its words come from the section's data-msg-* attributes, in the page's language: the script carries none.
 */

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
  const words = root.dataset;
  const say = (text: string | undefined, params: Record<string, string | number>) =>
    (text ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const rules = new Intl.PluralRules(words.locale);
  const pages = (n: number) => {
    const category = rules.select(n);
    return `${n} ${category === 'one' ? words.pageOne : category === 'few' ? words.pageFew : words.pageMany}`;
  };
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
          if (done % 10 === 0) progress.textContent = say(words.msgProgress, { done, total: urls.length });
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      progress.textContent = failed ? say(words.msgPartial, { saved: pages(done - failed), failed }) : say(words.msgDone, { saved: pages(done) });
      root.dataset.saved = failed ? 'partial' : 'all';
    } catch {
      progress.textContent = say(words.msgFailed, {});
    } finally {
      save.disabled = false;
    }
  });

  clear.addEventListener('click', async () => {
    await Promise.all([caches.delete(PAGES_CACHE), caches.delete(DATA_CACHE)]);
    progress.textContent = say(words.msgCleared, {});
    delete root.dataset.saved;
  });
}
