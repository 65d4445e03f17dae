/** The contribution form's result: the entry file is ready; download it, open it in GitHub, send it by e-mail or copy it. */
import type { Ref } from 'react';
import { githubNewFileUrl } from '../../lib/contribute/github.ts';
import type { mailtoHref } from '../../lib/contribute/mailto.ts';

export interface Result {
  path: string;
  text: string;
}

interface Props {
  result: Result;
  /** The file being corrected, if any. */
  original: string | undefined;
  repository: string;
  branch: string;
  mail: ReturnType<typeof mailtoHref> | undefined;
  contactEmail: string;
  onDownload: () => void;
  onCopy: () => void;
  /** What the last copy did, announced. */
  copied: string;
  headingRef: Ref<HTMLHeadingElement>;
}

export function ResultPanel({ result, original, repository, branch, mail, contactEmail, onDownload, onCopy, copied, headingRef }: Props) {
  const moved = original && original !== result.path;
  return (
    <section className="contribute-result" aria-labelledby="plik-gotowy">
      <h2 id="plik-gotowy" ref={headingRef} tabIndex={-1}>
        Plik jest gotowy
      </h2>
      <p>
        Wszystkie pola są poprawne. Plik: <code>{result.path}</code>
      </p>
      {moved ? <p className="notice">Zmieniła się gmina albo nazwa pliku: dodaj plik pod nową ścieżką i usuń stary ({original}).</p> : null}
      <p className="contribute-actions">
        <button type="button" className="button" onClick={onDownload}>
          Pobierz plik
        </button>{' '}
        {original && !moved ? (
          <a className="button" href={`https://github.com/${repository}/edit/${branch}/${original}`} rel="noopener">
            Otwórz edycję pliku w GitHub (wklej treść)
          </a>
        ) : (
          <a className="button" href={githubNewFileUrl(repository, branch, result.path, result.text)} rel="noopener">
            Utwórz plik w GitHub
          </a>
        )}{' '}
        {mail ? (
          <a className="button" href={mail.href}>
            Wyślij e-mailem
          </a>
        ) : null}{' '}
        <button type="button" className="button" onClick={onCopy}>
          Kopiuj treść pliku
        </button>
      </p>
      {mail ? (
        <p className="contribute-hint">
          Masz konto w GitHub? Wybierz „Utwórz plik w GitHub”: zmiana trafi prosto do przeglądu. Nie masz? Wybierz „Wyślij e-mailem” (do: {contactEmail});
          wiadomość zawiera tylko treść pliku.
          {mail.fits ? '' : ' Ten wpis jest za długi na link e-mail: skopiuj treść pliku i wklej ją do wiadomości.'}
        </p>
      ) : null}
      <p role="status">{copied}</p>
      <label htmlFor="tresc-pliku">Treść pliku (możesz ją skopiować)</label>
      <textarea id="tresc-pliku" readOnly rows={16} value={result.text} />
    </section>
  );
}
