/**
 * Saving the catalogue as a JSON file and opening it again. An import is checked in full
 * before it replaces anything; every refusal has a plain Polish reason.
 */
import { type Catalogue } from './model.ts';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION } from '../../schemas/vocabulary.ts';
import { migrate } from './migrate.ts';
import { catalogueSchema } from '../../schemas/catalogue.ts';
import { slugify } from '../../formats/text.ts';

/** A catalogue with 200 services and long notes stays far below this. */
export const MAX_FILE_BYTES = 2_000_000;

export type ImportResult = { ok: true; catalogue: Catalogue } | { ok: false; message: string };

export function exportCatalogue(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}

export function fileName(catalogue: Catalogue): string {
  const who = slugify(catalogue.pseudonym);
  return `katalog-wsparcia${who ? `-${who}` : ''}-${catalogue.created}.json`;
}

const REFUSED = 'Nie otwarto pliku, a dotychczasowa praca została bez zmian.';

export function importCatalogue(text: string, byteLength = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > MAX_FILE_BYTES) {
    return { ok: false, message: `Ten plik jest za duży (ponad ${MAX_FILE_BYTES / 1_000_000} MB) jak na katalog wsparcia. ${REFUSED}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `Tego pliku nie da się odczytać: nie jest zapisanym katalogiem albo jest uszkodzony lub niekompletny. ${REFUSED}`,
    };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== CATALOGUE_FORMAT) {
    return { ok: false, message: `To nie jest plik katalogu wsparcia (brak oznaczenia „${CATALOGUE_FORMAT}”). ${REFUSED}` };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > CATALOGUE_VERSION) {
    return {
      ok: false,
      message: `Ten katalog zapisano w nowszej wersji programu (wersja ${version}), której ta strona jeszcze nie zna. Odśwież stronę i spróbuj ponownie. ${REFUSED}`,
    };
  }
  const current = migrate(data as Record<string, unknown>, CATALOGUE_VERSION);
  const parsed = catalogueSchema.safeParse(current);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const added = addedEntryAt(current, first?.path ?? []);
    if (added && first) {
      return {
        ok: false,
        message: `Wsparcie dodane przez asystenta „${added.name}” (pozycja ${added.position} na liście wybranych) ma błędne dane: ${first.message} ${REFUSED}`,
      };
    }
    const where = first?.path.length ? ` (pole: ${first.path.join('.')})` : '';
    return { ok: false, message: `Plik katalogu ma błędne lub brakujące dane${where}. ${REFUSED}` };
  }
  return { ok: true, catalogue: parsed.data };
}

/** When a problem lies in what the assistant added to a chosen item: that item's name and place in the list. */
function addedEntryAt(data: Record<string, unknown>, path: readonly PropertyKey[]): { name: string; position: number } | undefined {
  if (path[0] !== 'chosen' || typeof path[1] !== 'number' || path[2] !== 'added') return undefined;
  const item = (data.chosen as { added?: { name?: unknown }; snapshot?: { name?: unknown } }[])[path[1]];
  const name = [item?.added?.name, item?.snapshot?.name].find((n): n is string => typeof n === 'string' && n.trim() !== '');
  return { name: name ?? 'bez nazwy', position: path[1] + 1 };
}
