/**
 * Files of earlier catalogue versions, brought to the current shape before the schema checks them.
 * Each step takes the parsed JSON of one version and gives the next; nothing else changes.
 */
import { emptyAdded } from './added.ts';

type Json = Record<string, unknown>;

/** 1 → 2: each chosen item gains `added` (nothing added yet); the kinds of version 1 are all still known. */
function from1(data: Json): Json {
  const chosen = Array.isArray(data.chosen)
    ? data.chosen.map((c: unknown) => (c && typeof c === 'object' && !Array.isArray(c) ? { ...(c as Json), added: emptyAdded() } : c))
    : data.chosen;
  return { ...data, version: 2, chosen };
}

const STEPS: Record<number, (data: Json) => Json> = { 1: from1 };

/** The data migrated up to `target`; a version with no step is returned as it is (the schema then explains). */
export function migrate(data: Json, target: number): Json {
  let out = data;
  while (typeof out.version === 'number' && out.version < target && STEPS[out.version]) out = STEPS[out.version]!(out);
  return out;
}
