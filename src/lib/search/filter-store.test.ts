import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from './filter.ts';
import { createFilterStore, type HistoryHost } from './filter-store.ts';

/** A stand-in for the browser: a history of URLs with a cursor, Back and Forward firing popstate. */
function fakeBrowser(start: string) {
  const entries = [new URL(start, 'http://site')];
  let at = 0;
  const popListeners: (() => void)[] = [];
  const go = (url: string | URL | null | undefined) => new URL(String(url), entries[at]);
  const host: HistoryHost = {
    get location() {
      return entries[at]!;
    },
    history: {
      pushState(_data, _unused, url) {
        entries.splice(at + 1, Infinity, go(url));
        at++;
      },
      replaceState(_data, _unused, url) {
        entries[at] = go(url);
      },
    },
    addEventListener: (_type, listener) => void popListeners.push(listener),
  };
  const move = (step: number) => {
    at += step;
    for (const l of popListeners) l();
  };
  return {
    host,
    back: () => move(-1),
    forward: () => move(1),
    url: () => `${entries[at]!.pathname}${entries[at]!.search}${entries[at]!.hash}`,
    length: () => entries.length,
  };
}

const podlaskie: Filters = { ...EMPTY_FILTERS, wojewodztwo: '20' };

describe('the filter store (state in the URL, shared by the islands of a page)', () => {
  it('starts from the URL it is opened with', () => {
    const store = createFilterStore(fakeBrowser('/mapa/?gmina=2011013&bezplatne=1').host);
    expect(store.get()).toEqual({ ...EMPTY_FILTERS, wojewodztwo: '20', powiat: '2011', gmina: '2011013', free: true });
  });

  it('a facet change adds a history entry, typing replaces it; the path and the hash stay', () => {
    const browser = fakeBrowser('/placowki/#filtr');
    const store = createFilterStore(browser.host);
    store.set(podlaskie, 'push');
    expect(browser.url()).toBe('/placowki/?woj=20#filtr');
    expect(browser.length()).toBe(2);
    store.set({ ...podlaskie, q: 'p' }, 'replace');
    store.set({ ...podlaskie, q: 'psycholog' }, 'replace');
    expect(browser.url()).toBe('/placowki/?q=psycholog&woj=20#filtr');
    expect(browser.length()).toBe(2);
  });

  it('tells every listener about a change, with the same object get() returns, until they unsubscribe', () => {
    const store = createFilterStore(fakeBrowser('/placowki/').host);
    const list: Filters[] = [];
    const map: Filters[] = [];
    const stopList = store.subscribe((f) => list.push(f));
    store.subscribe((f) => map.push(f));
    store.set(podlaskie, 'push');
    expect(list).toEqual([podlaskie]);
    expect(map[0]).toBe(store.get());
    stopList();
    store.set(EMPTY_FILTERS, 'push');
    expect(list).toHaveLength(1);
    expect(map).toHaveLength(2);
  });

  it('Back and Forward restore the filters from the URL and tell the listeners', () => {
    const browser = fakeBrowser('/placowki/');
    const store = createFilterStore(browser.host);
    const seen: Filters[] = [];
    store.subscribe((f) => seen.push(f));
    store.set(podlaskie, 'push');
    store.set({ ...podlaskie, powiat: '2011' }, 'push');
    browser.back();
    expect(store.get()).toEqual(podlaskie);
    browser.back();
    expect(store.get()).toEqual(EMPTY_FILTERS);
    browser.forward();
    expect(store.get()).toEqual(podlaskie);
    expect(seen.map((f) => f.powiat || f.wojewodztwo || '-')).toEqual(['20', '2011', '20', '-', '20']);
  });

  it('a listener that unsubscribes while being told does not stop the others', () => {
    const store = createFilterStore(fakeBrowser('/mapa/').host);
    const calls: string[] = [];
    const stop = store.subscribe(() => {
      calls.push('first');
      stop();
    });
    store.subscribe(() => calls.push('second'));
    store.set(podlaskie, 'push');
    store.set(EMPTY_FILTERS, 'push');
    expect(calls).toEqual(['first', 'second', 'second']);
  });
});
