/**
 * Zod issues become validator issues with the field's line in the file. A strict object reports its
 * unknown fields together ("unrecognized_keys"); each becomes an issue of its own, at its own line.
 */
import type { z } from 'astro/zod';
import { unknownFieldMessage } from '../../schemas/fields.ts';
import { error, type Issue } from './issue.ts';

export function fromZod(
  file: string,
  zodError: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  prefix: (string | number)[] = [],
): Issue[] {
  return zodError.issues.flatMap((i) => {
    const path = [...prefix, ...(i.path as (string | number)[])];
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => error(file, [...path, key].join('.'), unknownFieldMessage(key), lineOf([...path, key])));
    }
    return [error(file, path.join('.'), i.message, lineOf(path))];
  });
}
