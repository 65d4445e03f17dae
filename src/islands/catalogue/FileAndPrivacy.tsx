/**
 * Saving the catalogue to a file and opening it again; remembering it on this device only on request;
 * forgetting everything. A refused file leaves the work in progress untouched.
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { CatalogueAction } from '../../lib/catalogue/actions.ts';
import type { Catalogue } from '../../lib/catalogue/model.ts';
import { forgetMadeAhead } from './pdf-ahead.ts';
import { forgetEverything, readRemembered, remember, stopRemembering } from './storage.ts';
import { downloadBlob } from '../shared/download.ts';
import { PL, useBuilderWords } from './words.ts';

interface Props {
  state: Catalogue;
  dispatch: Dispatch<CatalogueAction>;
  announce: (message: string) => void;
  today: () => string;
}

const codec = () => import('../../lib/catalogue/codec.ts');

export function FileAndPrivacy({ state, dispatch, announce, today }: Props) {
  const { t } = useBuilderWords();
  const [rememberOn, setRememberOn] = useState(false);
  const [error, setError] = useState('');
  const [info, setInfo] = useState('');
  const restored = useRef(false);

  // A catalogue remembered earlier (only if the assistant chose so) is opened again, after checking it.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const text = readRemembered();
    if (!text) return;
    void codec().then(({ importCatalogue }) => {
      const result = importCatalogue(text);
      if (result.ok) {
        dispatch({ type: 'catalogueOpened', catalogue: result.catalogue });
        setRememberOn(true);
        setInfo(t('file.openedRemembered'));
      } else {
        stopRemembering();
      }
    });
    // Once, on the first render (the words do not change while the page lives).
  }, [dispatch]);

  useEffect(() => {
    if (rememberOn) remember(state);
  }, [rememberOn, state]);

  const save = async () => {
    const { exportCatalogue, fileName } = await codec();
    downloadBlob(new Blob([exportCatalogue(state)], { type: 'application/json' }), fileName(state));
    announce(t('file.saved'));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    setError('');
    setInfo('');
    const { importCatalogue, MAX_FILE_BYTES } = await codec();
    const result = file.size > MAX_FILE_BYTES ? importCatalogue('', file.size) : importCatalogue(await file.text(), file.size);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    dispatch({ type: 'catalogueOpened', catalogue: result.catalogue });
    setInfo(t('file.opened', { file: file.name }));
  };

  const forget = async () => {
    forgetMadeAhead();
    await forgetEverything();
    setRememberOn(false);
    dispatch({ type: 'everythingForgotten', today: today() });
    setError('');
    setInfo(t('file.forgotten'));
  };

  return (
    <section className="file-privacy" aria-labelledby="kat-file-heading">
      <h2 id="kat-file-heading">{t('file.heading')}</h2>
      <p>{t('file.intro')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={save}>
          {t('file.save')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="kat-open">{t('file.open')}</label>
        <input
          id="kat-open"
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? 'kat-open-error' : undefined}
          onChange={(e) => {
            void open(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {error && (
        <p className="error" id="kat-open-error" role="alert" lang={PL}>
          {error}
        </p>
      )}
      {info && <p role="status">{info}</p>}
      <div className="field">
        <label>
          <input
            type="checkbox"
            aria-describedby="kat-remember-hint"
            checked={rememberOn}
            onChange={(e) => {
              setRememberOn(e.target.checked);
              if (!e.target.checked) stopRemembering();
            }}
          />{' '}
          {t('file.remember')}
        </label>
        <p className="hint" id="kat-remember-hint">
          {t('file.rememberHint')}
        </p>
      </div>
      <button type="button" className="button danger" onClick={forget}>
        {t('file.forget')}
      </button>
    </section>
  );
}
