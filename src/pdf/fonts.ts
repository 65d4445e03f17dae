/**
 * Fonts for the PDF: Noto Sans (full TTF files, with every Polish letter) registered once.
 * The caller passes where the files are: same-origin asset URLs in the browser, file paths in Node.
 */
import { Font } from '@react-pdf/renderer';

export const FAMILY = 'Noto Sans';

export interface FontFiles {
  regular: string;
  bold: string;
}

let registered: string | undefined;

export function registerFonts(files: FontFiles): void {
  const key = `${files.regular}|${files.bold}`;
  if (registered === key) return;
  Font.register({
    family: FAMILY,
    fonts: [
      { src: files.regular, fontWeight: 400 },
      { src: files.bold, fontWeight: 700 },
    ],
  });
  // The default hyphenation follows English patterns: Polish words stay whole.
  Font.registerHyphenationCallback((word) => [word]);
  registered = key;
}
