/**
 * Type-ahead over the TERYT gminas (ARIA combobox with a listbox): name, powiat and województwo.
 * With a województwo chosen it also finds the gmina by a town or village name ("Jaziewo → gmina Sztabin"),
 * from that województwo's localities file, fetched only then.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { gminaRef, searchGminy, type GminaOption } from '../../lib/catalogue/gminy.ts';
import type { GminaRef } from '../../lib/catalogue/model.ts';
import { searchLocalities, type LocalityIndex } from '../../lib/regions/localities.ts';
import { loadGminy, loadLocalities } from './data.ts';
import { PL, useBuilderWords } from './words.ts';

interface Result {
  option: GminaOption;
  via?: string; // the town or village that led to the gmina
}

interface Props {
  value: GminaRef | null;
  onPick: (gmina: GminaRef) => void;
  onClear: () => void;
}

export function GminaPicker({ value, onPick, onClear }: Props) {
  const { t } = useBuilderWords();
  const id = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<GminaOption[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  // Keyboard focus follows the change: to "Zmień gminę" after a pick, back to the input after "Zmień gminę".
  const focusNext = useRef<'change' | 'input' | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusNext.current === 'change') changeButton.current?.focus();
    if (focusNext.current === 'input') input.current?.focus();
    focusNext.current = null;
  }, [value]);

  const [woj, setWoj] = useState('');
  const [places, setPlaces] = useState<LocalityIndex | null>(null);
  useEffect(() => {
    setPlaces(null);
    if (!woj) return;
    let live = true;
    loadLocalities(woj).then(
      (index) => live && setPlaces(index),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [woj]);

  const load = () => {
    if (options) return;
    loadGminy().then(setOptions, () => setFailed(true));
  };
  // The województwo list comes with the gmina list (precached by the service worker): fetch it as soon as the picker shows.
  useEffect(() => {
    if (!value) load();
  }, [value]);
  const byCode = useMemo(() => new Map((options ?? []).map((o) => [o.code, o])), [options]);
  const wojewodztwa = useMemo(
    () => [...new Map((options ?? []).map((o) => [o.wojSlug, o.wojewodztwo])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'pl')),
    [options],
  );
  const results: Result[] = useMemo(() => {
    if (!options) return [];
    const gminy = searchGminy(woj ? options.filter((o) => o.wojSlug === woj) : options, query).map((option) => ({ option }));
    const shown = new Set(gminy.map((r) => r.option.code));
    const viaPlace = places
      ? searchLocalities(places, query)
          .filter((h) => !(shown.has(h.gmina.code) && h.locality === h.gmina.name))
          .flatMap((h) => {
            const option = byCode.get(h.gmina.code);
            return option ? [{ option, via: h.locality }] : [];
          })
      : [];
    return [...gminy, ...viaPlace];
  }, [options, places, woj, query, byCode]);
  const expanded = open && results.length > 0;
  useEffect(() => setActive(0), [query]);

  const pick = ({ option: o }: Result) => {
    focusNext.current = 'change';
    onPick(gminaRef(o));
    setQuery('');
    setOpen(false);
  };

  if (value) {
    return (
      <div className="picked-gmina">
        <p>
          {t('gmina.picked')} <strong lang={PL}>{value.name}</strong>{' '}
          <span>{t('gmina.pickedWhere', { powiat: value.powiat, wojewodztwo: value.wojewodztwo })}</span>
        </p>
        <button
          type="button"
          ref={changeButton}
          className="button secondary"
          onClick={() => {
            focusNext.current = 'input';
            onClear();
          }}
        >
          {t('gmina.change')}
        </button>
      </div>
    );
  }

  return (
    <div className="combobox">
      <div className="field">
        <label htmlFor={`${id}-woj`}>{t('gmina.woj')}</label>
        <p className="hint" id={`${id}-woj-hint`}>
          {t('gmina.wojHint')}
        </p>
        <select id={`${id}-woj`} aria-describedby={`${id}-woj-hint`} value={woj} onFocus={load} onChange={(e) => setWoj(e.target.value)}>
          <option value="">{t('gmina.wojAll')}</option>
          {wojewodztwa.map(([slug, name]) => (
            <option key={slug} value={slug} lang={PL}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`${id}-input`}>{t('gmina.label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('gmina.hint')}
      </p>
      <input
        id={`${id}-input`}
        ref={input}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        value={query}
        onFocus={load}
        onChange={(e) => {
          load();
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && expanded) {
            e.preventDefault();
            const o = results[active];
            if (o) pick(o);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('gmina.list')} hidden={!expanded}>
        {results.map(({ option: o, via }, i) => (
          <li
            key={`${o.code}-${via ?? ''}-${i}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(results[i]!)}
          >
            {via ? (
              <>
                <strong lang={PL}>{via}</strong> <span>{t('gmina.via', { name: o.name })}</span>{' '}
                <span>{t('gmina.where', { kind: o.kind, powiat: o.powiat, wojewodztwo: o.wojewodztwo })}</span>
              </>
            ) : (
              <>
                <strong lang={PL}>{o.name}</strong> <span>{t('gmina.where', { kind: o.kind, powiat: o.powiat, wojewodztwo: o.wojewodztwo })}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {failed
          ? t('gmina.failed')
          : query.trim() && options
            ? results.length
              ? t('gmina.matches', { n: results.length })
              : woj
                ? t('gmina.noneInWoj')
                : t('gmina.none')
            : ''}
      </p>
      {failed && <p className="error">{t('gmina.failed')}</p>}
    </div>
  );
}
