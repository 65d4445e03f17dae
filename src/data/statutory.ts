/**
 * The statutory baseline (content/statutory.yaml), parsed through its schema: the one loader for the
 * gmina pages, the builder's data and any page that counts kinds still without a real entry.
 * Node only. A broken file stops the build here; `npm run validate` says which line and how to fix it.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { repeatedTypes, statutorySchema, type StatutoryKind } from '../schemas/statutory.ts';
import { CONTENT_DIR, loadSchemaRefs, projectPath } from './reference.ts';

export const STATUTORY_FILE = `${CONTENT_DIR}/statutory.yaml`;

let cache: StatutoryKind[] | undefined;

export function loadStatutory(): StatutoryKind[] {
  if (cache) return cache;
  const raw = parseYaml(readFileSync(projectPath(STATUTORY_FILE), 'utf8')) as unknown;
  const parsed = statutorySchema(loadSchemaRefs()).array().safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `${STATUTORY_FILE}: plik ma błędy (${parsed.error.issues[0]?.message ?? 'nieznany błąd'}). Uruchom npm run validate, aby zobaczyć wszystkie z numerami linii.`,
    );
  }
  const repeated = repeatedTypes(parsed.data);
  if (repeated.length) throw new Error(`${STATUTORY_FILE}: rodzaj placówki „${repeated[0]!.type}” powtarza się. Uruchom npm run validate.`);
  cache = parsed.data;
  return cache;
}
