/**
 * Fields a schema does not know. Zod drops them silently, so a typo such as "adress"
 * would lose the address without a word: the validator reports them instead.
 */
import type { z } from 'astro/zod';

type AnySchema = z.ZodType & { def: { type: string; innerType?: AnySchema; in?: AnySchema; out?: AnySchema; element?: AnySchema }; shape?: Record<string, AnySchema> };

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const { def } = s;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.out) s = def.out.def.type === 'transform' && def.in ? def.in : def.out;
    else break;
  }
  return s;
}

export function unknownKeys(schema: z.ZodType, data: unknown, path: (string | number)[] = []): (string | number)[][] {
  const s = unwrap(schema as AnySchema);
  const found: (string | number)[][] = [];
  if (s.def.type === 'object' && s.shape && data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) {
      const field = s.shape[key];
      if (!field) found.push([...path, key]);
      else found.push(...unknownKeys(field, value, [...path, key]));
    }
  } else if (s.def.type === 'array' && s.def.element && Array.isArray(data)) {
    data.forEach((item, i) => found.push(...unknownKeys(s.def.element!, item, [...path, i])));
  }
  return found;
}
