/**
 * The family's catalogue as a PDF: cover, contents, goals and resources, a section per need,
 * helplines, the plan. Takes one plain object (see pdfData in src/lib/catalogue/selectors.ts).
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { CataloguePdfData } from '../lib/catalogue/selectors.ts';
import { Bullets, Field, Footer } from './parts.tsx';
import { GenericServiceBlock } from './GenericServiceBlock.tsx';
import { ServiceBlock } from './ServiceBlock.tsx';
import { makeStyles, type Styles } from './styles.ts';
import { t } from '../i18n/index.ts';

export const TITLE = t('catalogue.title');

function contents(data: CataloguePdfData): string[] {
  return [
    'Cele i zasoby rodziny',
    ...data.sections.map((sec) => `Wsparcie: ${sec.title}`),
    ...(data.helplines.length ? ['Telefony zaufania'] : []),
    'Plan działań',
  ];
}

function Cover({ data, s }: { data: CataloguePdfData; s: Styles }) {
  const a = data.assistant;
  return (
    <View>
      <Text style={s.coverTitle}>{TITLE}</Text>
      <Text style={s.coverLine}>Dla: {data.forWhom}</Text>
      {data.place ? <Text style={s.coverLine}>Miejsce: {data.place}</Text> : null}
      <Text style={s.coverLine}>Data: {data.date}</Text>
      {a.name || a.institution || a.phone || a.email ? (
        <View style={[s.box, { marginTop: 16 }]}>
          <Text style={s.h3}>Kontakt z asystentem rodziny</Text>
          <Field label="Imię i nazwisko" value={a.name} s={s} />
          <Field label="Instytucja" value={a.institution} s={s} />
          <Field label="Telefon" value={a.phone} s={s} />
          <Field label="E-mail" value={a.email} s={s} />
        </View>
      ) : null}
      <Text style={s.h2}>Spis treści</Text>
      <Bullets items={contents(data)} s={s} />
      <Text style={[s.small, { marginTop: 16 }]}>W nagłej sytuacji, gdy zagrożone jest życie lub zdrowie, dzwoń pod numer alarmowy 112.</Text>
    </View>
  );
}

function Family({ data, s }: { data: CataloguePdfData; s: Styles }) {
  return (
    <View>
      <Text style={s.h1}>Cele i zasoby rodziny</Text>
      {data.situation.length ? (
        <View>
          <Text style={s.h2}>Sytuacja rodziny</Text>
          <Bullets items={data.situation} s={s} />
        </View>
      ) : null}
      <Text style={s.h2}>Cele rodziny</Text>
      <Text style={s.p}>{data.goals.trim() || 'Nie zapisano celów.'}</Text>
      <Text style={s.h2}>Mocne strony i zasoby rodziny</Text>
      {data.resources.map((r) =>
        r.items.length || r.notes.trim() ? (
          <View key={r.title} style={{ marginBottom: 6 }}>
            <Text style={s.h3}>{r.title}</Text>
            <Bullets items={r.items} s={s} />
            {r.notes.trim() ? <Text style={s.p}>{r.notes}</Text> : null}
          </View>
        ) : null,
      )}
    </View>
  );
}

function Plan({ data, s }: { data: CataloguePdfData; s: Styles }) {
  return (
    <View>
      <Text style={s.h1}>Plan działań</Text>
      {data.plan.length === 0 ? (
        <Text style={s.p}>Plan nie został jeszcze zapisany.</Text>
      ) : (
        <View>
          <View style={s.headRow} fixed>
            <Text style={s.colAction}>Co zrobić</Text>
            <Text style={s.colWho}>Kto</Text>
            <Text style={s.colWhen}>Do kiedy</Text>
          </View>
          {data.plan.map((p, i) => (
            <View key={i} style={s.row} wrap={false}>
              <Text style={s.colAction}>{p.action}</Text>
              <Text style={s.colWho}>{p.who}</Text>
              <Text style={s.colWhen}>{p.byWhen}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

export function CatalogueDocument({ data }: { data: CataloguePdfData }) {
  const s = makeStyles(data.largePrint);
  return (
    <Document title={`${TITLE}: ${data.forWhom}`}>
      <Page size="A4" style={s.page}>
        <Footer forWhom={data.forWhom} s={s} />
        <Cover data={data} s={s} />
      </Page>
      <Page size="A4" style={s.page}>
        <Footer forWhom={data.forWhom} s={s} />
        <Family data={data} s={s} />
      </Page>
      {/* One Page element per section: react-pdf lays out each alone, so long catalogues stay fast. */}
      {data.sections.map((sec) => (
        <Page key={sec.title} size="A4" style={s.page}>
          <Footer forWhom={data.forWhom} s={s} />
          <Text style={s.h1}>Wsparcie: {sec.title}</Text>
          {sec.services.map((svc) =>
            svc.generic ? (
              <GenericServiceBlock key={svc.id} service={{ ...svc, generic: svc.generic }} s={s} />
            ) : (
              <ServiceBlock key={svc.id} service={svc} s={s} />
            ),
          )}
        </Page>
      ))}
      {data.helplines.length ? (
        <Page size="A4" style={s.page}>
          <Footer forWhom={data.forWhom} s={s} />
          <Text style={s.h1}>Telefony zaufania</Text>
          {data.helplines.map((svc) => (
            <ServiceBlock key={svc.id} service={svc} s={s} />
          ))}
        </Page>
      ) : null}
      <Page size="A4" style={s.page}>
        <Footer forWhom={data.forWhom} s={s} />
        <Plan data={data} s={s} />
      </Page>
    </Document>
  );
}
