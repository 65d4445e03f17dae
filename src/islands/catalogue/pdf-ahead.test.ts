import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CataloguePdfData } from '../../lib/catalogue/selectors.ts';
import type { PdfTranslator } from '../../lib/catalogue/words.ts';

/** A stand-in engine that records what it renders and when each render ends, resolved by hand. */
const renders: { data: unknown; done: (b: Blob) => void; fail: (e: Error) => void }[] = [];
vi.mock('./pdf-engine.ts', () => ({
  loadPdfEngine: async () => ({
    renderPdfBlob: (data: unknown) => new Promise<Blob>((done, fail) => renders.push({ data, done, fail })),
  }),
}));
const { forgetMadeAhead, pdfFor } = await import('./pdf-ahead.ts');

const data = (name: string) => ({ name }) as unknown as CataloguePdfData;
const tr = {} as PdfTranslator;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the PDF made ahead', () => {
  beforeEach(() => {
    renders.length = 0;
    forgetMadeAhead();
  });

  it('gives the same PDF for the same catalogue, and renders it once', async () => {
    const a = data('a');
    const first = pdfFor(a, tr);
    expect(pdfFor(a, tr)).toBe(first);
    await settle();
    expect(renders).toHaveLength(1);
    renders[0]!.done(new Blob(['a']));
    expect(await (await pdfFor(a, tr)).text()).toBe('a');
    expect(renders).toHaveLength(1);
  });

  it('renders anew when the catalogue or its words changed, never two at once', async () => {
    const a = data('a');
    const b = data('b');
    const first = pdfFor(a, tr);
    const second = pdfFor(b, tr);
    expect(second).not.toBe(first);
    await settle();
    expect(renders.map((r) => r.data)).toEqual([a]); // b waits for a
    renders[0]!.done(new Blob(['a']));
    await first;
    await settle();
    expect(renders.map((r) => r.data)).toEqual([a, b]);
    renders[1]!.done(new Blob(['b']));
    expect(await (await second).text()).toBe('b');
    const otherWords = pdfFor(b, {} as PdfTranslator); // the same catalogue in other words: another PDF
    expect(otherWords).not.toBe(second);
    await settle();
    renders[2]!.done(new Blob(['b, other words']));
    expect(await (await otherWords).text()).toBe('b, other words');
  });

  it('forgets a failed render and what "Zapomnij" asks it to forget', async () => {
    const a = data('a');
    const failed = pdfFor(a, tr);
    await settle();
    renders[0]!.fail(new Error('engine'));
    await expect(failed).rejects.toThrow('engine');
    const again = pdfFor(a, tr);
    expect(again).not.toBe(failed);
    await settle();
    renders[1]!.done(new Blob(['a']));
    await again;
    forgetMadeAhead();
    expect(pdfFor(a, tr)).not.toBe(again);
  });
});
