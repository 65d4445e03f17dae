/**
 * QR codes for the PDF, as small PNG data URLs (made on this device, no network). An image per code
 * is far cheaper for the PDF engine than a vector path with hundreds of squares (measured: about 3x).
 */
import QRCode from 'qrcode';
import type { CataloguePdfData, PdfService } from '../lib/catalogue/selectors.ts';

export function qrDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, scale: 3, color: { dark: '#000000', light: '#ffffff' } });
}

/** The same data with a QR code for each service's page. */
export async function withQrCodes(data: CataloguePdfData): Promise<CataloguePdfData> {
  const add = async (s: PdfService): Promise<PdfService> => ({ ...s, qr: await qrDataUrl(s.url) });
  return {
    ...data,
    sections: await Promise.all(data.sections.map(async (sec) => ({ ...sec, services: await Promise.all(sec.services.map(add)) }))),
    helplines: await Promise.all(data.helplines.map(add)),
  };
}
