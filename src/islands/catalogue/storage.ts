/**
 * The device's storage, used only on the assistant's explicit choice ("Zapamiętaj na tym urządzeniu").
 * "Zapomnij wszystko" empties everything this site keeps in the browser's storage.
 */
import type { Catalogue } from '../../lib/catalogue/model.ts';

const KEY = 'katalog-wsparcia:katalog';

export function readRemembered(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function remember(catalogue: Catalogue): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(catalogue));
  } catch {
    // Storage full or blocked: the work stays in memory.
  }
}

export function stopRemembering(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // storage is blocked (private mode, settings): then nothing was stored either
  }
}

/**
 * Empties localStorage, sessionStorage, every IndexedDB database and Cache Storage of this site, and
 * unregisters the service worker so that it does not fill its caches again (the next visit online
 * installs it anew).
 */
export async function forgetEverything(): Promise<void> {
  if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => r.unregister()));
  }
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // blocked storage holds nothing
  }
  if (typeof indexedDB !== 'undefined' && 'databases' in indexedDB) {
    const dbs = await indexedDB.databases();
    await Promise.all(
      dbs.map(
        (db) =>
          new Promise<void>((done) => {
            if (!db.name) return done();
            const request = indexedDB.deleteDatabase(db.name);
            // "blocked" only means another tab still has it open: deletion finishes when that tab lets go.
            request.onsuccess = request.onerror = () => done();
          }),
      ),
    );
  }
  if (typeof caches !== 'undefined') {
    await Promise.all((await caches.keys()).map((k) => caches.delete(k)));
  }
}
