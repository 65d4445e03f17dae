/**
 * A generic (statutory) card in the PDF: an instruction the family can follow (what to ask for, where
 * to find the address) with blank lines on which the assistant writes the phone and address by hand.
 * Never "sprawdzone": there is no entry to verify.
 */
import { Text, View } from '@react-pdf/renderer';
import { serviceFields, type PdfService } from '../lib/catalogue/selectors.ts';
import { Field } from './parts.tsx';
import { AddedLines } from './ServiceBlock.tsx';
import type { Styles } from './styles.ts';
import type { PdfTranslator } from '../lib/catalogue/words.ts';

function BlankLine({ label, lines = 1, s }: { label: string; lines?: number; s: Styles }) {
  return (
    <View style={{ marginTop: 6 }}>
      <Text style={s.label}>{label}</Text>
      {Array.from({ length: lines }, (_, i) => (
        <View key={i} style={{ height: s.page.fontSize * 1.9, borderBottomWidth: 1, borderBottomColor: '#555', borderBottomStyle: 'solid' }} />
      ))}
    </View>
  );
}

interface Props {
  service: PdfService & { generic: NonNullable<PdfService['generic']> };
  s: Styles;
  tr: PdfTranslator;
}

export function GenericServiceBlock({ service, s, tr }: Props) {
  const { t } = tr;
  return (
    <View style={s.service} wrap={false}>
      <View style={s.serviceBody}>
        <Text style={s.h3}>{service.name}</Text>
        <Text style={s.p}>{service.generic.note}</Text>
        <Text style={s.p}>
          <Text style={s.label}>{t('pdf.ask')}:</Text>
        </Text>
        {service.offers.map((o, i) => (
          <View key={i}>
            <Text style={s.p}>
              • <Text style={s.label}>{o.name}</Text>
              {o.description ? `: ${o.description}` : ''}
            </Text>
            <Field label={t('field.access')} value={o.access} s={s} />
          </View>
        ))}
        <Field label={t('pdf.howToFind')} value={service.generic.howToFind} s={s} />
        <AddedLines service={service} s={s} tr={tr} />
        {service.added.some((l) => l.label === t('field.phone')) ? null : <BlankLine label={`${t('pdf.blankPhone')}:`} s={s} />}
        {service.added.some((l) => l.label === t('field.address')) ? null : <BlankLine label={`${t('pdf.blankAddress')}:`} lines={2} s={s} />}
        {serviceFields(tr, service).plan.map(([label, value]) => (
          <Field key={label} label={label} value={value} s={s} />
        ))}
      </View>
    </View>
  );
}
