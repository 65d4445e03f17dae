/**
 * The family's catalogue as a PDF: cover, contents, goals and resources, a section per need,
 * helplines, the plan. Takes one plain object (see pdfData in src/lib/catalogue/selectors.ts) and the
 * words to print it with (`tr`: one language, or two, src/lib/catalogue/bilingual.ts).
 */
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { CataloguePdfData } from '../lib/catalogue/selectors.ts';
import { Bullets, Field, Footer } from './parts.tsx';
import { GenericServiceBlock } from './GenericServiceBlock.tsx';
import { ServiceBlock } from './ServiceBlock.tsx';
import { makeStyles, type Styles } from './styles.ts';
import type { PdfTranslator } from '../lib/catalogue/words.ts';

interface Part {
  data: CataloguePdfData;
  s: Styles;
  tr: PdfTranslator;
}

function contents({ t }: PdfTranslator, data: CataloguePdfData): string[] {
  return [
    t('pdf.goalsAndResources'),
    ...data.sections.map((sec) => `${t('pdf.support')}: ${sec.title}`),
    ...(data.helplines.length ? [t('pdf.helplines')] : []),
    t('pdf.plan'),
  ];
}

function Cover({ data, s, tr }: Part) {
  const { t } = tr;
  const a = data.assistant;
  return (
    <View>
      <Text style={s.coverTitle}>{t('catalogue.title')}</Text>
      <Text style={s.coverLine}>
        {t('pdf.for')}: {data.forWhom}
      </Text>
      {data.place ? (
        <Text style={s.coverLine}>
          {t('pdf.place')}: {data.place}
        </Text>
      ) : null}
      <Text style={s.coverLine}>
        {t('pdf.date')}: {data.date}
      </Text>
      {a.name || a.institution || a.phone || a.email ? (
        <View style={[s.box, { marginTop: 16 }]}>
          <Text style={s.h3}>{t('pdf.contact')}</Text>
          <Field label={t('pdf.assistantName')} value={a.name} s={s} />
          <Field label={t('pdf.assistantInstitution')} value={a.institution} s={s} />
          <Field label={t('field.phone')} value={a.phone} s={s} />
          <Field label={t('field.email')} value={a.email} s={s} />
        </View>
      ) : null}
      <Text style={s.h2}>{t('pdf.contents')}</Text>
      <Bullets items={contents(tr, data)} s={s} />
      <Text style={[s.small, { marginTop: 16 }]}>{t('pdf.emergency')}</Text>
    </View>
  );
}

function Family({ data, s, tr: { t } }: Part) {
  return (
    <View>
      <Text style={s.h1}>{t('pdf.goalsAndResources')}</Text>
      {data.situation.length ? (
        <View>
          <Text style={s.h2}>{t('pdf.situation')}</Text>
          <Bullets items={data.situation} s={s} />
        </View>
      ) : null}
      <Text style={s.h2}>{t('pdf.goals')}</Text>
      <Text style={s.p}>{data.goals.trim() || t('pdf.noGoals')}</Text>
      <Text style={s.h2}>{t('pdf.resources')}</Text>
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

function Plan({ data, s, tr: { t } }: Part) {
  return (
    <View>
      <Text style={s.h1}>{t('pdf.plan')}</Text>
      {data.plan.length === 0 ? (
        <Text style={s.p}>{t('pdf.noPlan')}</Text>
      ) : (
        <View>
          <View style={s.headRow} fixed>
            <Text style={s.colAction}>{t('pdf.planAction')}</Text>
            <Text style={s.colWho}>{t('pdf.planWho')}</Text>
            <Text style={s.colWhen}>{t('pdf.planWhen')}</Text>
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

export function CatalogueDocument({ data, tr }: { data: CataloguePdfData; tr: PdfTranslator }) {
  const s = makeStyles(data.largePrint);
  const { t } = tr;
  const footer = <Footer forWhom={data.forWhom} s={s} tr={tr} />;
  return (
    <Document title={`${t('catalogue.title')}: ${data.forWhom}`} language={tr.locale.split('-')[0]}>
      <Page size="A4" style={s.page}>
        {footer}
        <Cover data={data} s={s} tr={tr} />
      </Page>
      <Page size="A4" style={s.page}>
        {footer}
        <Family data={data} s={s} tr={tr} />
      </Page>
      {/* One Page element per section: react-pdf lays out each alone, so long catalogues stay fast. */}
      {data.sections.map((sec) => (
        <Page key={sec.title} size="A4" style={s.page}>
          {footer}
          <Text style={s.h1}>
            {t('pdf.support')}: {sec.title}
          </Text>
          {sec.services.map((svc) =>
            svc.generic ? (
              <GenericServiceBlock key={svc.id} service={{ ...svc, generic: svc.generic }} s={s} tr={tr} />
            ) : (
              <ServiceBlock key={svc.id} service={svc} s={s} tr={tr} />
            ),
          )}
        </Page>
      ))}
      {data.helplines.length ? (
        <Page size="A4" style={s.page}>
          {footer}
          <Text style={s.h1}>{t('pdf.helplines')}</Text>
          {data.helplines.map((svc) => (
            <ServiceBlock key={svc.id} service={svc} s={s} tr={tr} />
          ))}
        </Page>
      ) : null}
      <Page size="A4" style={s.page}>
        {footer}
        <Plan data={data} s={s} tr={tr} />
      </Page>
    </Document>
  );
}
