/**
 * The catalogue builder: the assistant and the family build the family's individual catalogue of
 * possible support, step by step. The island only dispatches; the catalogue changes in the pure reducer.
 * Its words come from the page, in the page's language (`words`); on a page in another language than Polish
 * also the printed catalogue's Polish words (`polishPdfWords`), for a Polish or a bilingual PDF.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { CatalogueEntry } from '../../lib/catalogue/entries.ts';
import { emptyCatalogue } from '../../lib/catalogue/model.ts';
import { catalogueReducer } from '../../lib/catalogue/reducer.ts';
import { pdfData } from '../../lib/catalogue/selectors.ts';
import { bilingual } from '../../lib/catalogue/bilingual.ts';
import type { BuilderWords, PdfTranslator, PdfWords } from '../../lib/catalogue/words.ts';
import { useTranslator, WordsProvider } from '../shared/words.tsx';
import { loadEntries } from './data.ts';
import { preloadWhenIdle, warmPdfEngine } from './pdf-engine.ts';
import { FileAndPrivacy } from './FileAndPrivacy.tsx';
import { StepFinish } from './StepFinish.tsx';
import { StepPlan } from './StepPlan.tsx';
import { StepResources } from './StepResources.tsx';
import { StepServices } from './StepServices.tsx';
import { StepWho } from './StepWho.tsx';
import { termsIn, type BuilderTerms, type TermNames } from './terms.ts';
import type { PdfChoice } from './words.ts';
import './catalogue.css';

const STEPS = ['builder.step.0', 'builder.step.1', 'builder.step.2', 'builder.step.3', 'builder.step.4'] as const;

interface Props {
  terms: BuilderTerms;
  /** The page's language (ISO 639-1) and its locale (plural rules, dates). */
  lang: string;
  locale: string;
  words: BuilderWords;
  /** The printed catalogue's Polish words and the terms' Polish names, on a page in another language; none on the Polish page. */
  polishPdfWords?: PdfWords;
  polishTerms?: TermNames;
}

/** Today's date on this device as YYYY-MM-DD. */
const localToday = () => new Date().toLocaleDateString('sv-SE');

export default function CatalogueBuilder({ terms, lang, locale, words, polishPdfWords, polishTerms }: Props) {
  const tr = useTranslator(words, locale);
  const polish = useTranslator(polishPdfWords ?? words, 'pl-PL');
  const [pdfChoice, setPdfChoice] = useState<PdfChoice>('page');
  const pdfTr: PdfTranslator = useMemo(
    () => (!polishPdfWords || pdfChoice === 'page' ? tr : pdfChoice === 'pl' ? polish : bilingual(tr, polish)),
    [tr, polish, polishPdfWords, pdfChoice],
  );
  const pdfLang = polishPdfWords && pdfChoice === 'pl' ? 'pl' : lang;
  const { t } = tr;
  // The terms as the catalogue names them: in the page's language, in Polish, or both.
  const printedTerms = useMemo(
    () => (polishTerms && pdfChoice !== 'page' ? termsIn(terms, polishTerms, pdfChoice === 'pl' ? 'second' : 'both') : terms),
    [terms, polishTerms, pdfChoice],
  );
  const [state, dispatch] = useReducer(catalogueReducer, undefined, () => emptyCatalogue(localToday()));
  const [step, setStep] = useState(0);
  const [entries, setEntries] = useState<CatalogueEntry[] | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [largePrint, setLargePrint] = useState(false);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const nextId = useRef(0);

  const gmina = state.gmina;
  useEffect(() => {
    if (!gmina) return setEntries(null);
    let live = true;
    setEntries(null);
    setLoadError(false);
    loadEntries(gmina).then(
      (e) => live && setEntries(e),
      () => live && setLoadError(true),
    );
    return () => {
      live = false;
    };
    // The generic cards depend on the gmina itself, not only on its województwo.
  }, [gmina?.code]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  // The PDF engine: warmed when the browser is idle after the builder loads, and at the latest on the preview step.
  useEffect(() => preloadWhenIdle(), []);
  useEffect(() => {
    if (step === STEPS.length - 1) warmPdfEngine();
  }, [step]);

  const go = (to: number) => {
    moved.current = true;
    setStep(to);
  };
  const announce = (text: string) => setMessage(text);

  const data = useMemo(
    () =>
      pdfData(
        state,
        {
          ...printedTerms,
          origin: typeof location === 'undefined' ? 'http://localhost' : location.origin,
          today: localToday(),
          largePrint,
        },
        pdfTr,
      ),
    [state, printedTerms, largePrint, pdfTr],
  );

  const props = { state, dispatch, terms };
  return (
    <WordsProvider words={tr}>
      <div className="catalogue-builder">
        <nav className="stepper" aria-label={t('builder.steps')}>
          <ol>
            {STEPS.map((title, i) => (
              <li key={title}>
                <button type="button" aria-current={i === step ? 'step' : undefined} onClick={() => go(i)}>
                  <span className="step-number">{t('builder.stepNumber', { n: i + 1 })}</span> {t(title)}
                </button>
              </li>
            ))}
          </ol>
        </nav>

        <section className="step" aria-labelledby="kat-step-heading">
          <h2 id="kat-step-heading" ref={heading} tabIndex={-1}>
            {t('builder.stepHeading', { n: step + 1, total: STEPS.length, title: t(STEPS[step]!) })}
          </h2>
          {step === 0 && <StepWho {...props} />}
          {step === 1 && <StepResources {...props} />}
          {step === 2 && <StepServices {...props} entries={entries} loadError={loadError} announce={announce} />}
          {step === 3 && <StepPlan {...props} newId={() => `p${Date.now().toString(36)}${nextId.current++}`} />}
          {step === 4 && (
            <StepFinish
              state={state}
              dispatch={dispatch}
              data={data}
              pdfTr={pdfTr}
              pdfLang={pdfLang}
              pdfChoices={polishPdfWords ? ['page', 'pl', 'both'] : []}
              pdfChoice={pdfChoice}
              setPdfChoice={setPdfChoice}
              pageLang={lang}
              largePrint={largePrint}
              setLargePrint={setLargePrint}
              fileBase={`katalog-wsparcia-${state.created}`}
              announce={announce}
            />
          )}
          <div className="step-nav">
            {step > 0 && (
              <button type="button" className="button secondary" onClick={() => go(step - 1)}>
                {t('builder.back', { title: t(STEPS[step - 1]!) })}
              </button>
            )}
            {step < STEPS.length - 1 && (
              <button type="button" className="button" onClick={() => go(step + 1)}>
                {t('builder.next', { title: t(STEPS[step + 1]!) })}
              </button>
            )}
          </div>
        </section>

        <FileAndPrivacy state={state} dispatch={dispatch} announce={announce} today={localToday} />

        <p className="visually-hidden" role="status" aria-live="polite">
          {message}
        </p>
      </div>
    </WordsProvider>
  );
}
