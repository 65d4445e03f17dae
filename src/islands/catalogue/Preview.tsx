/** The catalogue as it will be printed: the same plain data as the PDF, in HTML (printed with the print rules of catalogue.css). */
import { addedHeading } from '../../lib/catalogue/added.ts';
import { serviceFields, verifiedLine, type CataloguePdfData, type PdfService } from '../../lib/catalogue/selectors.ts';
import { t } from '../../i18n/index.ts';

function Service({ s }: { s: PdfService }) {
  const line = (label: string, value: string) =>
    value.trim() ? (
      <p key={label}>
        <strong>{label}:</strong> {value}
      </p>
    ) : null;
  const fields = serviceFields(s);
  return (
    <li className="preview-service">
      <h5>{s.name}</h5>
      {s.offers.map((o, i) => (
        <div key={i}>
          <p>
            <strong>{o.name}</strong>
            {o.description && `: ${o.description}`}
          </p>
          {line(t('field.access'), o.access)}
        </div>
      ))}
      {fields.contacts.map(([label, value]) => line(label, value))}
      {s.added.length || s.own ? (
        <div className="preview-added">
          <p>
            <strong>{addedHeading(s.own)}:</strong>
          </p>
          {s.added.map((a) => (
            <p key={a.label}>
              {a.label}: {a.value}
            </p>
          ))}
        </div>
      ) : null}
      {fields.plan.map(([label, value]) => line(label, value))}
      {s.staleNotice ? (
        <p>
          <strong>{s.staleNotice}</strong>
        </p>
      ) : null}
      <p className="entry-meta">{verifiedLine(s)}</p>
    </li>
  );
}

export function Preview({ data }: { data: CataloguePdfData }) {
  const a = data.assistant;
  return (
    <article className={`preview${data.largePrint ? ' large-print' : ''}`} aria-labelledby="kat-preview-title">
      <h3 id="kat-preview-title">{t('catalogue.title')}</h3>
      <p>Dla: {data.forWhom}</p>
      {data.place && <p>Miejsce: {data.place}</p>}
      <p>Data: {data.date}</p>
      {(a.name || a.institution || a.phone || a.email) && (
        <p>Kontakt z asystentem rodziny: {[a.name, a.institution, a.phone, a.email].filter(Boolean).join(', ')}</p>
      )}
      <h4>Cele rodziny</h4>
      <p className="pre-line">{data.goals.trim() || 'Nie zapisano celów.'}</p>
      {data.situation.length > 0 && (
        <>
          <h4>Sytuacja rodziny</h4>
          <ul>
            {data.situation.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
      <h4>Mocne strony i zasoby rodziny</h4>
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
        <section key={sec.title} aria-label={`Wsparcie: ${sec.title}`}>
          <h4>Wsparcie: {sec.title}</h4>
          <ul className="preview-services">
            {sec.services.map((s) => (
              <Service key={s.id} s={s} />
            ))}
          </ul>
        </section>
      ))}
      {data.helplines.length > 0 && (
        <section aria-label="Telefony zaufania">
          <h4>Telefony zaufania</h4>
          <ul className="preview-services">
            {data.helplines.map((s) => (
              <Service key={s.id} s={s} />
            ))}
          </ul>
        </section>
      )}
      <h4>Plan działań</h4>
      {data.plan.length === 0 ? (
        <p>Plan nie został jeszcze zapisany.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Co zrobić</th>
              <th scope="col">Kto</th>
              <th scope="col">Do kiedy</th>
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
