/**
 * Opening a catalogue file that is not right, property by property: random JSON, truncated files, valid files
 * with one field broken, and a 50 MB file. Every one is refused with a Polish reason that says the work in
 * progress stays as it was, and none throws. Written against the codec's public functions and the current
 * format version, so it holds when the version changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCatalogue, importCatalogue, MAX_FILE_BYTES } from './codec.ts';
import { emptyCatalogue } from './model.ts';

const REFUSED = /Nie otwarto pliku, a dotychczasowa praca została bez zmian\.$/;
const NOT_POLISH = /Invalid|expected|Unexpected|undefined|null|\[object/;

function expectRefused(text: string) {
  const result = importCatalogue(text);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.message).toMatch(REFUSED);
    expect(result.message).not.toMatch(NOT_POLISH);
  }
}

const polish = fc.string({ unit: fc.constantFrom('a', 'ą', 'ł', 'Ż', ' ', '"', '\\', '\n', '{', '}'), maxLength: 60 });
/** A valid saved file of the current version, with a few texts of the family in it. */
const validFile = fc
  .record({ pseudonym: polish, goals: polish })
  .map(({ pseudonym, goals }) => exportCatalogue({ ...emptyCatalogue('2026-11-23'), pseudonym, goals }));

/** A JSON value of another kind than `value`: what a broken field holds. */
function otherKind(value: unknown): fc.Arbitrary<unknown> {
  const kinds: fc.Arbitrary<unknown>[] = [];
  if (typeof value !== 'string') kinds.push(fc.string({ maxLength: 20 }));
  if (typeof value !== 'number') kinds.push(fc.integer());
  if (!Array.isArray(value)) kinds.push(fc.array(fc.integer(), { maxLength: 3 }));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) kinds.push(fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }));
  if (typeof value !== 'boolean') kinds.push(fc.boolean());
  return fc.oneof(...kinds);
}

describe('opening a hostile catalogue file', () => {
  it('refuses random JSON with a Polish reason, and never throws', () => {
    fc.assert(
      fc.property(fc.json(), (text) => expectRefused(text)),
      { numRuns: 500 },
    );
  });

  it('refuses random text that is not JSON at all', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        }),
        (text) => expectRefused(text),
      ),
      { numRuns: 300 },
    );
  });

  it('refuses every truncation of a valid file', () => {
    fc.assert(
      fc.property(
        validFile.chain((text) => fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.trimEnd().length - 1 }))),
        ([text, cut]) => expectRefused(text.slice(0, cut)),
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a valid file with one field of the wrong kind, naming the field', () => {
    const base = JSON.parse(exportCatalogue(emptyCatalogue('2026-11-23'))) as Record<string, unknown>;
    const broken = fc.constantFrom(...Object.keys(base)).chain((key) => otherKind(base[key]).map((value) => ({ key, value })));
    fc.assert(
      fc.property(broken, ({ key, value }) => {
        const text = JSON.stringify({ ...base, [key]: value });
        expectRefused(text);
        const result = importCatalogue(text);
        // Beyond the format marker and the version, the message names the broken field.
        if (!result.ok && key !== 'format' && key !== 'version') expect(result.message).toContain(`(pole: ${key}`);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a 50 MB file by its size', () => {
    const text = `{"format":"katalog-wsparcia","goals":"${'ż'.repeat(25_000_000)}"}`;
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(50_000_000);
    const result = importCatalogue(text);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/za duży/) });
    expect(MAX_FILE_BYTES).toBeLessThan(50_000_000);
  });
});
