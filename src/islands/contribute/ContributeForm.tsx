/**
 * "Dodaj lub popraw placówkę": a form that checks the entry with the same schema as
 * `npm run validate` and produces the entry file (download, or GitHub's new-file / edit page).
 * With ?popraw=<slug> it loads that entry's current data.
 */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { count, options } from '../../i18n/index.ts';
import { SERVICE_AREAS, STATUSES as STATUS_VALUES } from '../../schemas/vocabulary.ts';
import { emptyService, proposedSlug, type EntryDraft } from '../../lib/contribute/draft.ts';
import { mailSubject, mailtoHref } from '../../lib/contribute/mailto.ts';
import { entryPath } from '../../lib/contribute/reference.ts';
import type { FieldError } from './check.ts';
import { controlId, slotFor } from './slots.ts';
import { FieldErrors } from './FieldError.tsx';
import { RegionPicker } from './RegionPicker.tsx';
import { ServiceFields } from './ServiceFields.tsx';
import { IdentifierFields, identifierSlots } from './IdentifierFields.tsx';
import { SelectField, TextField } from './TextField.tsx';
import './contribute.css';
import { ResultPanel, type Result } from './ResultPanel.tsx';
import { useFormSources, type FormUrls } from './form-sources.ts';
import { downloadBlob } from '../shared/download.ts';
import { LanguageFields } from './LanguageFields.tsx';

interface Props {
  repository: string;
  branch: string;
  /** The maintainers' e-mail ("Wyślij e-mailem"); empty: that path is hidden. */
  contactEmail?: string;
  urls: FormUrls;
}

const STATUSES = options('status', STATUS_VALUES);
const AREAS = options('area', SERVICE_AREAS);
/** Approximate first, in the order the form has always listed them. */
const PRECISIONS = options('precision', ['approximate', 'exact']);

function slotsOf(d: EntryDraft): Set<string> {
  const slots = [
    'name',
    'short_name',
    'type',
    'status',
    'gmina',
    'serves',
    'address',
    'address.street',
    'address.postal_code',
    'address.city',
    'address.hidden',
    'location',
    'location.lat',
    'location.lng',
    'location.precision',
    'phones',
    'emails',
    'website',
    'hours',
    'hours_note',
    'services',
    'languages',
    'accessibility',
    'verified',
    'verified.date',
    'verified.source',
    'opis',
    'nazwa pliku',
    'id',
  ];
  d.phones.forEach((_, i) => slots.push(`phones.${i}`, `phones.${i}.number`, `phones.${i}.label`));
  slots.push('verified.source_date', ...identifierSlots(d.identifiers));
  d.services.forEach((_, i) =>
    slots.push(...['', '.name', '.description', '.needs', '.forms', '.audiences', '.cost', '.access'].map((f) => `services.${i}${f}`)),
  );
  return new Set(slots);
}

export default function ContributeForm({ repository, branch, contactEmail = '', urls }: Props) {
  const { loaded, failed } = useFormSources(urls);
  const [draft, setDraft] = useState<EntryDraft | undefined>();
  const [slugTouched, setSlugTouched] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [result, setResult] = useState<Result | undefined>();
  const summary = useRef<HTMLDivElement>(null);
  const output = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');

  // The form's sources, loaded once; then the draft they start from (a correction keeps its file name).
  useEffect(() => {
    if (!loaded) return;
    if (loaded.original) setSlugTouched(true);
    setDraft(loaded.draft);
  }, [loaded]);

  if (failed) return <p className="notice">Nie udało się wczytać formularza. Odśwież stronę albo skorzystaj z szablonu opisanego niżej.</p>;
  if (!loaded || !draft) return <p>Wczytywanie formularza…</p>;

  const { regions, terms } = loaded;
  const slots = slotsOf(draft);
  const bySlot: Record<string, string[]> = {};
  for (const e of errors) (bySlot[slotFor(e.field, slots)] ??= []).push(e.message);

  const update = (patch: Partial<EntryDraft>) => {
    setResult(undefined);
    setDraft((d) => {
      const next = { ...d!, ...patch };
      if (!slugTouched && ('name' in patch || 'short_name' in patch)) next.slug = proposedSlug(next);
      return next;
    });
  };
  const set =
    <K extends keyof EntryDraft>(key: K) =>
    (value: EntryDraft[K]) =>
      update({ [key]: value } as Partial<EntryDraft>);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = loaded.check(draft);
    setErrors(checked.errors);
    if (!checked.data) {
      setResult(undefined);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const path = entryPath(regions, draft.gmina, draft.slug)!;
    setResult({ path, text: loaded.toEntryFile(checked.data as never, draft.body) });
    requestAnimationFrame(() => output.current?.focus());
  };

  const download = () => {
    if (!result) return;
    downloadBlob(new Blob([result.text], { type: 'text/markdown;charset=utf-8' }), result.path.split('/').pop()!);
  };

  const gminaName = regions.gminy.find((g) => g[0] === draft.gmina)?.[1] ?? '';
  const mail = result && contactEmail ? mailtoHref(contactEmail, mailSubject(draft.short_name || draft.name, gminaName), result.text) : undefined;
  const copy = async () => {
    if (!result) return;
    try {
      await navigator.clipboard.writeText(result.text);
      setCopied('Skopiowano treść pliku. Wklej ją do wiadomości e-mail.');
    } catch {
      const area = document.getElementById('tresc-pliku') as HTMLTextAreaElement | null;
      area?.focus();
      area?.select();
      setCopied('Nie udało się skopiować automatycznie: treść pliku jest zaznaczona, skopiuj ją klawiszami Ctrl+C.');
    }
  };

  return (
    <form className="contribute-form" onSubmit={submit} noValidate>
      {loaded.fromCatalogue ? (
        <p className="notice">
          Formularz wypełniono danymi placówki z katalogu rodziny (bez żadnych informacji o rodzinie). Uzupełnij brakujące pola, sprawdź gminę i na końcu
          wybierz „Sprawdź i przygotuj plik”.
        </p>
      ) : null}
      {loaded.notFound ? (
        <p className="notice">
          Nie znaleziono wpisu „{loaded.notFound.length > 80 ? `${loaded.notFound.slice(0, 80)}…` : loaded.notFound}”. Możesz dodać nową placówkę.
        </p>
      ) : null}
      {loaded.confirming ? (
        <p className="notice">
          Potwierdzasz, że dane z pliku <code>{loaded.original}</code> są aktualne. Zmieniliśmy tylko datę sprawdzenia i jej źródło (na dole formularza).
          Wybierz „Sprawdź i przygotuj plik”.
        </p>
      ) : loaded.original ? (
        <p className="notice">
          Poprawiasz wpis z pliku <code>{loaded.original}</code>. Zmień to, co jest nieaktualne, i na końcu wybierz „Sprawdź i przygotuj plik”.
        </p>
      ) : null}

      {errors.length ? (
        <div className="contribute-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="podsumowanie-bledow">
          <h2 id="podsumowanie-bledow">Popraw {count(errors.length, 'error')}</h2>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                <a href={`#${controlId(slotFor(e.field, slots))}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <h2>Placówka</h2>
      <TextField
        slot="name"
        label="Pełna nazwa"
        required
        value={draft.name}
        onChange={set('name')}
        errors={bySlot}
        hint="Oficjalna nazwa, np. „Miejski Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej”."
      />
      <TextField
        slot="short_name"
        label="Nazwa skrócona"
        value={draft.short_name}
        onChange={set('short_name')}
        errors={bySlot}
        hint="Jeśli ludzie znają placówkę pod skrótem, np. „MOPS Dąbrowa Białostocka”."
      />
      <SelectField
        slot="type"
        label="Rodzaj placówki"
        required
        value={draft.type}
        onChange={set('type')}
        errors={bySlot}
        placeholder="wybierz rodzaj"
        options={terms.types.map((t) => ({ value: t.id, label: t.name }))}
      />
      <SelectField slot="status" label="Czy placówka działa" value={draft.status} onChange={set('status')} errors={bySlot} options={STATUSES} />
      <RegionPicker regions={regions} gmina={draft.gmina} onChange={set('gmina')} errors={bySlot} />
      <SelectField
        slot="serves"
        label="Komu pomaga: mieszkańcom (obszar działania)"
        value={draft.serves}
        onChange={set('serves')}
        errors={bySlot}
        options={AREAS}
      />

      <fieldset>
        <legend>Adres</legend>
        <FieldErrors slot="address" messages={bySlot.address} />
        <TextField
          slot="address.street"
          label="Ulica i numer"
          value={draft.street}
          onChange={set('street')}
          errors={bySlot}
          autoComplete="off"
          hint="Np. „ul. Solidarności 1”."
        />
        <TextField
          slot="address.postal_code"
          label="Kod pocztowy"
          value={draft.postal_code}
          onChange={set('postal_code')}
          errors={bySlot}
          autoComplete="off"
          hint="W formacie NN-NNN, np. 16-200."
        />
        <TextField slot="address.city" label="Miejscowość" value={draft.city} onChange={set('city')} errors={bySlot} autoComplete="off" />
        <div className="contribute-field">
          <input type="checkbox" id={controlId('address.hidden')} checked={draft.hidden} onChange={(e) => update({ hidden: e.target.checked })} />{' '}
          <label htmlFor={controlId('address.hidden')}>Ukryj adres (np. schronisko, hostel dla osób doznających przemocy): strona pokaże tylko telefon</label>
          <FieldErrors slot="address.hidden" messages={bySlot['address.hidden']} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Położenie na mapie (nieobowiązkowe)</legend>
        <FieldErrors slot="location" messages={bySlot.location} />
        <TextField
          slot="location.lat"
          label="Szerokość geograficzna (lat)"
          inputMode="decimal"
          value={draft.lat}
          onChange={set('lat')}
          errors={bySlot}
          hint="Liczba, w Polsce od 49 do 55, np. 53.653."
        />
        <TextField
          slot="location.lng"
          label="Długość geograficzna (lng)"
          inputMode="decimal"
          value={draft.lng}
          onChange={set('lng')}
          errors={bySlot}
          hint="Liczba, w Polsce od 14 do 24, np. 23.346."
        />
        <SelectField
          slot="location.precision"
          label="Dokładność położenia"
          value={draft.precision}
          onChange={set('precision')}
          errors={bySlot}
          options={PRECISIONS}
        />
      </fieldset>

      <h2>Kontakt</h2>
      <fieldset>
        <legend>Telefony</legend>
        <FieldErrors slot="phones" messages={bySlot.phones} />
        {draft.phones.map((p, i) => (
          <div key={i} className="contribute-row">
            <TextField
              slot={`phones.${i}.number`}
              label={`Telefon ${i + 1}: numer`}
              type="tel"
              value={p.number}
              errors={bySlot}
              onChange={(v) => update({ phones: draft.phones.map((q, j) => (j === i ? { ...q, number: v } : q)) })}
              hint={i === 0 ? 'Z kierunkowym, np. +48 85 711 73 46.' : undefined}
            />
            <TextField
              slot={`phones.${i}.label`}
              label={`Telefon ${i + 1}: opis`}
              value={p.label}
              errors={bySlot}
              onChange={(v) => update({ phones: draft.phones.map((q, j) => (j === i ? { ...q, label: v } : q)) })}
              hint={i === 0 ? 'Np. „sekretariat” albo „przez sekretariat MOPS”, gdy numer jest wspólny.' : undefined}
            />
          </div>
        ))}
        <button type="button" className="button" onClick={() => update({ phones: [...draft.phones, { number: '', label: '' }] })}>
          Dodaj telefon
        </button>
      </fieldset>
      <TextField slot="emails" label="Adresy e-mail" value={draft.emails} onChange={set('emails')} errors={bySlot} hint="Kilka adresów oddziel przecinkami." />
      <TextField
        slot="website"
        label="Strona internetowa"
        type="url"
        value={draft.website}
        onChange={set('website')}
        errors={bySlot}
        hint="Pełny adres, np. https://mops.example.pl."
      />
      <TextField
        slot="hours"
        label="Godziny otwarcia"
        value={draft.hours}
        onChange={set('hours')}
        errors={bySlot}
        hint={
          <>
            W formacie OpenStreetMap, np. „Mo-Fr 07:30-15:30” (poniedziałek–piątek) albo „Mo-Fr 08:00-16:00; Sa 09:00-12:00”. Dni: Mo, Tu, We, Th, Fr, Sa, Su.
          </>
        }
      />
      <TextField
        slot="hours_note"
        label="Uwagi o godzinach"
        value={draft.hours_note}
        onChange={set('hours_note')}
        errors={bySlot}
        hint="Np. „dyżur psychologa w każdy wtorek”."
      />

      <h2>Usługi</h2>
      <FieldErrors slot="services" messages={bySlot.services} />
      {draft.services.map((s, i) => (
        <ServiceFields
          key={i}
          index={i}
          service={s}
          terms={terms}
          errors={bySlot}
          onChange={(next) => update({ services: draft.services.map((q, j) => (j === i ? next : q)) })}
          {...(draft.services.length > 1 ? { onRemove: () => update({ services: draft.services.filter((_, j) => j !== i) }) } : {})}
        />
      ))}
      <button type="button" className="button" onClick={() => update({ services: [...draft.services, emptyService()] })}>
        Dodaj usługę
      </button>
      <LanguageFields value={draft.languages} onChange={set('languages')} errors={bySlot} />

      <h2>Opis i weryfikacja</h2>
      <TextField
        slot="opis"
        label="Krótki opis placówki"
        multiline
        value={draft.body}
        onChange={set('body')}
        errors={bySlot}
        hint="Kilka zdań prostym językiem. Bez kodu HTML; link zapisz tak: [tekst](https://adres)."
      />
      <TextField
        slot="accessibility"
        label="Dostępność"
        value={draft.accessibility}
        onChange={set('accessibility')}
        errors={bySlot}
        hint="Np. „wejście bez schodów, winda”."
      />
      <IdentifierFields rows={draft.identifiers} onChange={set('identifiers')} errors={bySlot} />
      <TextField
        slot="verified.date"
        label="Kiedy sprawdzono dane"
        type="date"
        required
        value={draft.verified_date}
        onChange={set('verified_date')}
        errors={bySlot}
      />
      <TextField
        slot="verified.source"
        label="Skąd pochodzą dane"
        required
        value={draft.verified_source}
        onChange={set('verified_source')}
        errors={bySlot}
        hint="Np. „Rozmowa telefoniczna z sekretariatem, 23.11.2026” albo nazwa dokumentu."
      />
      <TextField
        slot="verified.source_date"
        label="Data dokumentu źródłowego"
        value={draft.verified_source_date}
        onChange={set('verified_source_date')}
        errors={bySlot}
        hint="Tylko gdy dane pochodzą z dokumentu starszego niż dzień sprawdzenia: jego data (RRRR-MM-DD), a gdy dokument podaje tylko miesiąc albo rok: RRRR-MM albo RRRR."
      />
      <TextField
        slot="nazwa pliku"
        label="Nazwa pliku (adres strony placówki)"
        value={draft.slug}
        errors={bySlot}
        onChange={(v) => (setSlugTouched(true), update({ slug: v }))}
        hint="Małe litery bez polskich znaków i myślniki, np. mops-dabrowa-bialostocka."
      />
      <FieldErrors slot="id" messages={bySlot.id} />
      <FieldErrors slot="formularz" messages={bySlot.formularz} />

      <p>
        <button type="submit" className="button">
          Sprawdź i przygotuj plik
        </button>
      </p>

      {result ? (
        <ResultPanel
          result={result}
          original={loaded.original}
          repository={repository}
          branch={branch}
          mail={mail}
          contactEmail={contactEmail}
          onDownload={download}
          onCopy={copy}
          copied={copied}
          headingRef={output}
        />
      ) : null}
    </form>
  );
}
