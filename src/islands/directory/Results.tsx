/** @jsxImportSource preact */
/** The list of hits: count in words (Polish plurals), each entry with what it offers and whether it is open now. */
import { useState } from 'preact/hooks';
import type { Filters, Hit } from '../../lib/search/filter.ts';
import { openLabel } from '../../lib/search/open-label.ts';
import type { Translator } from '../../i18n/translate.ts';
import type { FacetOptions } from './FilterForm.tsx';
import type { SetFilters } from './useFilters.ts';

const PAGE = 30;
const OFFERS_SHOWN = 4;

/** What the entry offers, short enough for a phone: the first few services and how many more. */
function offers(services: string[], { count }: Translator): string {
  const first = services.slice(0, OFFERS_SHOWN).join('; ');
  const more = services.length - OFFERS_SHOWN;
  return more > 0 ? `${first} i jeszcze ${count(more, 'service')}` : first;
}

interface Props {
  /** The page's words (DirectoryFilter binds them). */
  tr: Translator;
  hits: Hit[];
  filters: Filters;
  options: FacetOptions;
  now: Date;
  onChange: SetFilters;
}

export default function Results({ tr, hits, filters, options, now, onChange }: Props) {
  // How many are shown, for which results: new results start again from the first page.
  const [paging, setPaging] = useState({ hits, shown: PAGE });
  const shown = paging.hits === hits ? paging.shown : PAGE;
  const typeName = new Map(options.types);
  const regionChosen = Boolean(filters.gmina || filters.powiat || filters.wojewodztwo);
  if (hits.length === 0) return <EmptyState tr={tr} filters={filters} options={options} onChange={onChange} />;
  return (
    <>
      <ul className="entry-list">
        {hits.slice(0, shown).map(({ record: r, reach }) => {
          const open = openLabel(r.w, now);
          return (
            <li key={r.u}>
              <h3>
                <a href={r.u}>{r.n}</a>
              </h3>
              <p className="entry-meta">
                {typeName.get(r.t) ?? r.t} · {r.p}
                {regionChosen && reach > 0 ? ` · ${tr.label('reach', reach)}` : ''}
              </p>
              {r.v.length > 0 && <p className="entry-offers">Oferuje: {offers(r.v, tr)}</p>}
              <p className={`entry-open ${open.open === true ? 'is-open' : open.open === false ? 'is-closed' : ''}`}>{open.text}</p>
              {r.o && (
                <p className="entry-meta">
                  Telefon: <a href={`tel:${r.o.replace(/[^+\d]/g, '')}`}>{r.o}</a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {hits.length > shown && (
        <button type="button" className="button" onClick={() => setPaging({ hits, shown: shown + PAGE * 2 })}>
          Pokaż kolejne wyniki (pozostało: {hits.length - shown})
        </button>
      )}
    </>
  );
}

function EmptyState({ tr, filters, options, onChange }: Omit<Props, 'hits' | 'now'>) {
  const drops: { label: string; patch: Partial<Filters> }[] = [];
  if (filters.gmina) drops.push({ label: 'Szukaj w całym powiecie', patch: { gmina: '' } });
  else if (filters.powiat) drops.push({ label: 'Szukaj w całym województwie', patch: { powiat: '' } });
  else if (filters.wojewodztwo) drops.push({ label: 'Szukaj w całej Polsce', patch: { wojewodztwo: '' } });
  const name = (list: [string, string][], id: string) => list.find(([v]) => v === id)?.[1] ?? id;
  if (filters.type) drops.push({ label: `Usuń filtr: ${name(options.types, filters.type)}`, patch: { type: '' } });
  if (filters.need) drops.push({ label: `Usuń filtr: ${name(options.needs, filters.need)}`, patch: { need: '' } });
  if (filters.free) drops.push({ label: `Usuń filtr: ${tr.label('cost.inline', 'free')}`, patch: { free: false } });
  if (filters.openNow) drops.push({ label: 'Usuń filtr: otwarte teraz', patch: { openNow: false } });
  if (filters.accessibility) drops.push({ label: 'Usuń filtr: informacja o dostępności', patch: { accessibility: false } });
  if (filters.q) drops.push({ label: `Usuń słowa „${filters.q}”`, patch: { q: '' } });
  return (
    <div className="notice">
      <p>Nic nie pasuje do wszystkich wybranych warunków. Spróbuj poszerzyć wyszukiwanie:</p>
      <ul className="empty-actions">
        {drops.map((d) => (
          <li key={d.label}>
            <button type="button" className="button" onClick={() => onChange({ ...filters, ...d.patch }, 'push')}>
              {d.label}
            </button>
          </li>
        ))}
      </ul>
      <p>
        W nagłej sytuacji dzwoń pod numer alarmowy <a href="tel:112">112</a>. Ogólnopolskie telefony zaufania znajdziesz na stronie{' '}
        <a href="/telefony-zaufania/">Telefony zaufania</a>.
      </p>
    </div>
  );
}
