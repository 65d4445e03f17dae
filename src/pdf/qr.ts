/**
 * QR codes for the PDF, as small images (made on this device, no network). An image per code is far
 * cheaper for the PDF engine than a vector path with hundreds of squares. In the browser the image is
 * a JPEG from a canvas: the PDF embeds a JPEG as it is, while a PNG is decoded in JavaScript first
 * (measured in Chromium: 40 PNG codes tripled the render time). Node (tests) has no canvas: PNG.
 */
import QRCode from 'qrcode';
import type { CataloguePdfData, PdfService } from '../lib/catalogue/selectors.ts';

export function qrDataUrl(text: string): Promise<string> {
  const inBrowser = typeof document !== 'undefined';
  return QRCode.toDataURL(text, {
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 4,
    color: { dark: '#000000', light: '#ffffff' },
    ...(inBrowser ? { type: 'image/jpeg' as const, rendererOpts: { quality: 0.92 } } : {}),
  });
}

/** The same data with a QR code for each service's page (an own entry has one only when it has a website). */
export async function withQrCodes(data: CataloguePdfData): Promise<CataloguePdfData> {
  const add = async (s: PdfService): Promise<PdfService> => (s.url ? { ...s, qr: await qrDataUrl(s.url) } : s);
  return {
    ...data,
    sections: await Promise.all(data.sections.map(async (sec) => ({ ...sec, services: await Promise.all(sec.services.map(add)) }))),
    helplines: await Promise.all(data.helplines.map(add)),
  };
}
