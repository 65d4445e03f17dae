/** One chosen service: what it offers, how to apply, contacts, hours, when checked, the family's notes, a QR code to its page (added by withQrCodes). */
import { Image, Text, View } from '@react-pdf/renderer';
import type { PdfService } from '../lib/catalogue/selectors.ts';
import { Field } from './parts.tsx';
import type { Styles } from './styles.ts';
import { ADDED_BY, OWN_NOTE } from '../lib/catalogue/added.ts';

/** What the assistant added (an own entry, or details filled in on a chosen card), printed apart from the directory's data. */
export function AddedLines({ service, s }: { service: PdfService; s: Styles }) {
  if (!service.added.length && !service.own) return null;
  return (
    <View style={s.added}>
      <Text style={s.label}>{service.own ? `${ADDED_BY} ${OWN_NOTE}:` : `${ADDED_BY}:`}</Text>
      {service.added.map((line) => (
        <Field key={line.label} label={line.label} value={line.value} s={s} />
      ))}
    </View>
  );
}

function Qr({ src, s }: { src: string; s: Styles }) {
  return (
    <View style={s.qr}>
      <Image src={src} style={{ width: s.qr.width, height: s.qr.width }} />
      <Text style={s.qrCaption}>Strona w katalogu</Text>
    </View>
  );
}

export function ServiceBlock({ service, s }: { service: PdfService; s: Styles }) {
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
            <Field label="Jak skorzystać" value={o.access} s={s} />
          </View>
        ))}
        <Field label="Adres" value={service.address} s={s} />
        <Field label="Telefon" value={service.phones.join(', ')} s={s} />
        <Field label="E-mail" value={service.emails.join(', ')} s={s} />
        <Field label="Godziny" value={service.hours.join('; ')} s={s} />
        <AddedLines service={service} s={s} />
        <Field label="Dlaczego" value={service.why} s={s} />
        <Field label="Następny krok" value={service.nextStep} s={s} />
        <Field label="Osoba do kontaktu" value={service.contactPerson} s={s} />
        <Field label="Dokumenty do zabrania" value={service.documents} s={s} />
        <Field label="Termin" value={service.date} s={s} />
        {service.staleNotice ? <Text style={s.label}>{service.staleNotice}</Text> : null}
        <Text style={s.small}>{[service.verified ? `Dane sprawdzono: ${service.verified}.` : '', service.url].filter(Boolean).join(' ')}</Text>
      </View>
      {service.qr ? <Qr src={service.qr} s={s} /> : null}
    </View>
  );
}
