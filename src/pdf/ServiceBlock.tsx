/** One chosen service: what it offers, how to apply, contacts, hours, when checked, the family's notes, a QR code to its page (added by withQrCodes). */
import { Image, Text, View } from '@react-pdf/renderer';
import { addedHeading } from '../lib/catalogue/added.ts';
import { serviceFields, verifiedLine, type PdfService } from '../lib/catalogue/selectors.ts';
import type { PdfTranslator } from '../lib/catalogue/words.ts';
import { Field } from './parts.tsx';
import type { Styles } from './styles.ts';

/** What the assistant added (an own entry, or details filled in on a chosen card), printed apart from the directory's data. */
export function AddedLines({ service, s, tr }: { service: PdfService; s: Styles; tr: PdfTranslator }) {
  if (!service.added.length && !service.own) return null;
  return (
    <View style={s.added}>
      <Text style={s.label}>{addedHeading(tr, service.own)}:</Text>
      {service.added.map((line) => (
        <Field key={line.label} label={line.label} value={line.value} s={s} />
      ))}
    </View>
  );
}

function Qr({ src, s, caption }: { src: string; s: Styles; caption: string }) {
  return (
    <View style={s.qr}>
      <Image src={src} style={{ width: s.qr.width, height: s.qr.width }} />
      <Text style={s.qrCaption}>{caption}</Text>
    </View>
  );
}

export function ServiceBlock({ service, s, tr }: { service: PdfService; s: Styles; tr: PdfTranslator }) {
  const fields = serviceFields(tr, service);
  return (
    <View style={s.service} wrap={false}>
      <View style={s.serviceBody}>
        <Text style={s.h3}>{service.name}</Text>
        {service.offers.map((o, i) => (
          <View key={i}>
            <Text style={s.p}>
              <Text style={s.label}>{o.name}</Text>
              {o.description ? `: ${o.description}` : ''}
            </Text>
            <Field label={tr.t('field.access')} value={o.access} s={s} />
          </View>
        ))}
        {fields.contacts.map(([label, value]) => (
          <Field key={label} label={label} value={value} s={s} />
        ))}
        <AddedLines service={service} s={s} tr={tr} />
        {fields.plan.map(([label, value]) => (
          <Field key={label} label={label} value={value} s={s} />
        ))}
        {service.staleNotice ? <Text style={s.label}>{service.staleNotice}</Text> : null}
        <Text style={s.small}>{verifiedLine(tr, service)}</Text>
      </View>
      {service.qr ? <Qr src={service.qr} s={s} caption={tr.t('pdf.qr')} /> : null}
    </View>
  );
}
