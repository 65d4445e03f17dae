/** One place for the PDF's look: black on white, grey rules only, two sizes (normal and large print). */
// No lineHeight anywhere: react-pdf 4.9 then drops the page-number text (render prop) and spaces nested text oddly.
import { StyleSheet } from '@react-pdf/renderer';
import { FAMILY } from './fonts.ts';

export function makeStyles(largePrint: boolean) {
  const base = largePrint ? 16 : 10.5;
  return StyleSheet.create({
    page: { fontFamily: FAMILY, fontSize: base, paddingTop: 48, paddingBottom: 56, paddingHorizontal: 48, color: '#000' },
    coverTitle: { fontSize: base * 2.1, fontWeight: 700, marginTop: 80, marginBottom: 24 },
    coverLine: { fontSize: base * 1.25, marginBottom: 8 },
    h1: { fontSize: base * 1.6, fontWeight: 700, marginBottom: 10, marginTop: 6 },
    h2: { fontSize: base * 1.25, fontWeight: 700, marginTop: 12, marginBottom: 6 },
    h3: { fontSize: base * 1.1, fontWeight: 700, marginBottom: 4 },
    p: { marginBottom: 3 },
    small: { fontSize: base * 0.9 },
    label: { fontWeight: 700 },
    item: { flexDirection: 'row', marginBottom: 3 },
    bullet: { width: base * 1.2 },
    itemText: { flex: 1 },
    box: { borderWidth: 1, borderColor: '#555', borderStyle: 'solid', padding: 10, marginBottom: 12 },
    service: { borderTopWidth: 1, borderTopColor: '#555', borderTopStyle: 'solid', paddingTop: 8, marginBottom: 12, flexDirection: 'row' },
    serviceBody: { flex: 1, paddingRight: 10 },
    added: { borderLeftWidth: 2, borderLeftColor: '#555', borderLeftStyle: 'solid', paddingLeft: 6, marginBottom: 4 },
    qr: { width: largePrint ? 90 : 70, alignItems: 'center' },
    qrCaption: { fontSize: base * 0.7, textAlign: 'center' },
    row: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#555', borderBottomStyle: 'solid', paddingVertical: 4 },
    headRow: { flexDirection: 'row', borderBottomWidth: 2, borderBottomColor: '#000', borderBottomStyle: 'solid', paddingVertical: 4, fontWeight: 700 },
    colAction: { flex: 3, paddingRight: 6 },
    colWho: { flex: 2, paddingRight: 6 },
    colWhen: { flex: 2 },
    footer: { position: 'absolute', bottom: 24, left: 48, right: 48, fontSize: base * 0.8, flexDirection: 'row', justifyContent: 'space-between' },
  });
}

export type Styles = ReturnType<typeof makeStyles>;
