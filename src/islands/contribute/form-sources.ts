/**
 * What the contribution form starts from: it reads the URL (?popraw=<slug>&woj=<code>, ?potwierdz=1, a gap's
 * ?rodzaj=…&gmina=…, an entry from a family's catalogue in the fragment), fetches the register, the taxonomies and the
 * entry to correct, and loads the checker. The form (ContributeForm.tsx) keeps the draft from there.
 */
import { useEffect, useState } from 'react';
import { paths } from '../../lib/directory/paths.ts';
import { getJson } from '../shared/get-json.ts';
import { dataToDraft, emptyDraft, proposedSlug, type EntryDraft } from '../../lib/contribute/draft.ts';
import { applyPrefill, readPrefill } from '../../lib/contribute/from-catalogue.ts';
import type { FormRegions, FormTaxonomies } from '../../lib/contribute/reference.ts';
import type { DraftChecker } from './check.ts';
import { confirmDraft, CONFIRM_PARAM } from '../../lib/contribute/confirm.ts';
import { prefillPlace } from '../../lib/contribute/prefill-place.ts';

export interface FormUrls {
  gminy: string;
  slowniki: string;
}

export interface Loaded {
  check: DraftChecker;
  toEntryFile: (typeof import('./check.ts'))['toEntryFile'];
  regions: FormRegions;
  terms: FormTaxonomies;
  draft: EntryDraft;
  /** The file being corrected, if any. */
  original?: string;
  /** Only the verification changes (?potwierdz=1). */
  confirming?: boolean;
  notFound?: string;
  /** Prefilled from an entry the assistant added in a family's catalogue ("Przekaż do katalogu"). */
  fromCatalogue?: boolean;
}

export function useFormSources(urls: FormUrls): { loaded: Loaded | undefined; failed: boolean } {
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    const fix = query.get('popraw');
    const woj = query.get('woj') ?? '';
    const today = new Date().toISOString().slice(0, 10);
    type Sources = Record<string, { file: string; data: Record<string, unknown>; body: string }>;
    // Only the entry's województwo is fetched; a link without a valid one finds nothing (and says so).
    const sources = fix && /^\d{2}$/.test(woj) ? getJson<Sources>(paths.correctionData(woj), { missing: {} }) : Promise.resolve<Sources>({});
    Promise.all([import('./check.ts'), getJson<FormRegions>(urls.gminy), getJson<FormTaxonomies>(urls.slowniki), fix ? sources : undefined])
      .then(([checks, regions, terms, entries]) => {
        // Own entries only: "?popraw=constructor" or "__proto__" must not find Object's own properties.
        const existing = fix && entries && Object.hasOwn(entries, fix) ? entries[fix] : undefined;
        const confirming = !!existing && query.has(CONFIRM_PARAM);
        const loadedDraft = existing
          ? dataToDraft(existing.data, existing.body, fix!)
          : prefillPlace(emptyDraft(crypto.randomUUID(), today), query, {
              types: new Set(terms.types.map((t) => t.id)),
              gminy: new Set(regions.gminy.map((g) => g[0])),
            });
        const base = confirming ? confirmDraft(loadedDraft, today) : loadedDraft;
        // "Przekaż do katalogu" from the catalogue builder: the institution's data in the URL fragment (never sent to a server).
        const prefill = readPrefill(window.location.hash);
        const start = prefill ? applyPrefill(base, prefill) : base;
        if (prefill) {
          history.replaceState(history.state, '', window.location.pathname + window.location.search);
          if (!existing) start.slug = proposedSlug(start);
        }
        setLoaded({
          check: checks.makeChecker(regions, terms),
          toEntryFile: checks.toEntryFile,
          regions,
          terms,
          draft: start,
          ...(existing ? { original: existing.file } : {}),
          ...(confirming ? { confirming } : {}),
          ...(fix && !existing ? { notFound: fix } : {}),
          ...(prefill ? { fromCatalogue: true } : {}),
        });
      })
      .catch(() => setFailed(true));
  }, [urls]);
  return { loaded, failed };
}
