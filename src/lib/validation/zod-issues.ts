/** Zod issues become validator issues with the field's line in the file. */
import type { z } from 'astro/zod';
import { error, type Issue } from './issue.ts';

export function fromZod(
  file: string,
  zodError: z.ZodError,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  prefix: (string | number)[] = [],
): Issue[] {
  return zodError.issues.map((i) => {
    const path = [...prefix, ...(i.path as (string | number)[])];
    return error(file, path.join('.'), i.message, lineOf(path));
  });
}
