/**
 * The home page's "Wpisz swoją miejscowość lub gminę" (src/pages/index.astro): as the person types, the
 * towns and villages of that name with their gminas, as links to the gmina's page; Enter on a name that
 * lies in one gmina goes straight there. Without JavaScript (or when nothing is found) the form is a
 * plain GET to the directory, which works as before. Lookup: src/islands/shared/find-place.ts.
 */
import { findPlaces, type FoundPlaces } from '../islands/shared/find-place.ts';
import { placeLabel } from '../lib/regions/localities.ts';

const form = document.querySelector<HTMLFormElement>('[data-find-gmina]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const list = form?.querySelector<HTMLUListElement>('[data-find-gmina-list]');
const status = form?.querySelector<HTMLElement>('[data-find-gmina-status]');

if (form && input && list && status) {
  let latest = '';
  let shown: FoundPlaces | null = null;
  const gminas = (f: FoundPlaces) => (f.exact.length ? f.exact : f.others);

  const show = (f: FoundPlaces | null) => {
    // The same answer again (a late keystroke's lookup after Enter) keeps the list and the focus in it.
    if (f && shown && f.query === shown.query) return;
    shown = f;
    list.replaceChildren();
    const hits = f ? gminas(f) : [];
    for (const hit of hits) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.gmina.url;
      a.textContent = placeLabel(hit);
      li.append(a);
      list.append(li);
    }
    list.hidden = hits.length === 0;
    status.textContent = !f
      ? ''
      : f.exact.length > 1
        ? `Miejscowość o nazwie „${f.exact[0]!.locality}” jest w ${f.exact.length} gminach. Wybierz swoją z listy poniżej.`
        : hits.length
          ? `Pasujące miejscowości: ${hits.length}. Przejdź do listy klawiszem Tab.`
          : 'Nie znamy miejscowości o takiej nazwie. Wybierz „Szukaj”, aby poszukać w katalogu.';
  };

  const lookup = async (query: string): Promise<FoundPlaces | null> => {
    try {
      return await findPlaces(query, 10);
    } catch {
      return null; // offline without this file: the plain form still works
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value;
    latest = query;
    if (query.trim().length < 2) return show(null);
    timer = setTimeout(async () => {
      const found = await lookup(query);
      if (latest === query) show(found);
    }, 120);
  });

  form.addEventListener('submit', async (event) => {
    const query = input.value;
    if (query.trim().length < 2) return;
    event.preventDefault();
    clearTimeout(timer);
    const found = await lookup(query);
    const places = found?.exact ?? [];
    if (places.length === 1) {
      location.assign(places[0]!.gmina.url);
    } else if (places.length > 1) {
      show(found);
      list.querySelector('a')?.focus();
    } else {
      form.submit();
    }
  });
}
