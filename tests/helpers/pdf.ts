/**
 * Reads a PDF back for the tests with pdfjs-dist (an npm dependency), so no system program
 * (poppler-utils or the like) is needed: the text of every page and the number of images drawn on them.
 */
import { readFileSync } from 'node:fs';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfContent {
  /** Each page's text, lines kept. */
  pages: string[];
  /** All pages' text with every run of white space made one space: what `toContain` checks read best. */
  text: string;
  /**
   * Images drawn on the pages: an image's alpha mask (a PNG's transparency, stored as an image
   * of its own) is part of its image here, not counted on its own.
   */
  images: number;
}

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);

/** The text and image count of a PDF given as bytes or as a file path. */
export async function readPdf(source: Uint8Array | string): Promise<PdfContent> {
  const data = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : new Uint8Array(source);
  const task = getDocument({ data, useSystemFonts: false });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    let images = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
      const ops = await page.getOperatorList();
      images += ops.fnArray.filter((fn) => IMAGE_OPS.has(fn)).length;
    }
    return { pages, text: pages.join('\n').replace(/\s+/g, ' '), images };
  } finally {
    await task.destroy();
  }
}
