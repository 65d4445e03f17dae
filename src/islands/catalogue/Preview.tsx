/**
 * The catalogue as it will be printed: the same plain data as the PDF, in HTML (printed with the print rules of
 * catalogue.css), in the catalogue's language (`tr`, `lang`). The institutions' data are Polish, marked so.
 */
import { addedHeading } from '../../lib/catalogue/added.ts';
import { serviceFields, verifiedLine, type CataloguePdfData, type PdfService } from '../../lib/catalogue/selectors.ts';
import type { PdfTranslator } from '../../lib/catalogue/words.ts';
import { PL } from './words.ts';

function Service({ s, tr }: { s: PdfService; tr: PdfTranslator }) {
  const line = (label: string, value: string) =>
    value.trim() ? (
      <p key={label}>
        <strong>{label}:</strong> <span lang={PL}>{value}</span>
      </p>
    ) : null;
  const fields = serviceFields(tr, s);
  return (
    <li className="preview-service">
      <h5 lang={PL}>{s.name}</h5>
      {s.offers.map((o, i) => (
        <div key={i}>
          <p lang={PL}>
            <strong>{o.name}</strong>
            {o.description && `: ${o.description}`}
          </p>
          {line(tr.t('field.access'), o.access)}
        </div>
      ))}
      {fields.contacts.map(([label, value]) => line(label, value))}
      {s.added.length || s.own ? (
        <div className="preview-added">
          <p>
            <strong>{addedHeading(tr, s.own)}:</strong>
          </p>
          {s.added.map((a) => (
            <p key={a.label}>
              {a.label}: {a.value}
            </p>
          ))}
        </div>
      ) : null}
      {fields.plan.map(([label, value]) =>
        value.trim() ? (
          <p key={label}>
            <strong>{label}:</strong> {value}
          </p>
        ) : null,
      )}
      {s.staleNotice ? (
        <p>
          <strong>{s.staleNotice}</strong>
        </p>
      ) : null}
      <p className="entry-meta">{verifiedLine(tr, s)}</p>
    </li>
  );
}

export function Preview({ data, tr, lang }: { data: CataloguePdfData; tr: PdfTranslator; lang: string }) {
  const a = data.assistant;
  const { t } = tr;
  return (
    <article className={`preview${data.largePrint ? ' large-print' : ''}`} aria-labelledby="kat-preview-title" lang={lang}>
      <h3 id="kat-preview-title">{t('catalogue.title')}</h3>
      <p>
        {t('pdf.for')}: {data.forWhom}
      </p>
      {data.place && (
        <p>
          {t('pdf.place')}: {data.place}
        </p>
      )}
      <p>
        {t('pdf.date')}: {data.date}
      </p>
      {(a.name || a.institution || a.phone || a.email) && (
        <p>
          {t('pdf.contact')}: {[a.name, a.institution, a.phone, a.email].filter(Boolean).join(', ')}
        </p>
      )}
      <h4>{t('pdf.goals')}</h4>
      <p className="pre-line">{data.goals.trim() || t('pdf.noGoals')}</p>
      {data.situation.length > 0 && (
        <>
          <h4>{t('pdf.situation')}</h4>
          <ul>
            {data.situation.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('pdf.resources')}</h4>
      {data.resources.map((r) =>
        r.items.length || r.notes.trim() ? (
          <div key={r.title}>
            <h5>{r.title}</h5>
            <ul>
              {r.items.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
            {r.notes.trim() && <p className="pre-line">{r.notes}</p>}
          </div>
        ) : null,
      )}
      {data.sections.map((sec) => (
        <section key={sec.title} aria-label={`${t('pdf.support')}: ${sec.title}`}>
          <h4>
            {t('pdf.support')}: {sec.title}
          </h4>
          <ul className="preview-services">
            {sec.services.map((s) => (
              <Service key={s.id} s={s} tr={tr} />
            ))}
          </ul>
        </section>
      ))}
      {data.helplines.length > 0 && (
        <section aria-label={t('pdf.helplines')}>
          <h4>{t('pdf.helplines')}</h4>
          <ul className="preview-services">
            {data.helplines.map((s) => (
              <Service key={s.id} s={s} tr={tr} />
            ))}
          </ul>
        </section>
      )}
      <h4>{t('pdf.plan')}</h4>
      {data.plan.length === 0 ? (
        <p>{t('pdf.noPlan')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('pdf.planAction')}</th>
              <th scope="col">{t('pdf.planWho')}</th>
              <th scope="col">{t('pdf.planWhen')}</th>
            </tr>
          </thead>
          <tbody>
            {data.plan.map((p, i) => (
              <tr key={i}>
                <td>{p.action}</td>
                <td>{p.who}</td>
                <td>{p.byWhen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
