/** Small building blocks of the PDF: a bulleted list, a labelled line, the page footer. */
import { Text, View } from '@react-pdf/renderer';
import type { Styles } from './styles.ts';
import type { PdfTranslator } from '../lib/catalogue/words.ts';

export function Bullets({ items, s }: { items: string[]; s: Styles }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={s.item} wrap={false}>
          <Text style={s.bullet}>•</Text>
          <Text style={s.itemText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

export function Field({ label, value, s }: { label: string; value: string; s: Styles }) {
  if (!value.trim()) return null;
  return (
    <Text style={s.p}>
      <Text style={s.label}>{label}: </Text>
      {value}
    </Text>
  );
}

export function Footer({ forWhom, s, tr: { t } }: { forWhom: string; s: Styles; tr: PdfTranslator }) {
  return (
    <View style={s.footer} fixed>
      <Text>
        {t('pdf.footer')}: {forWhom}
      </Text>
      <Text render={({ pageNumber, totalPages }) => t('pdf.page', { page: pageNumber, total: totalPages ?? pageNumber })} />
    </View>
  );
}
