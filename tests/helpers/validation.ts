/** The validator's context and the real content files, read the way scripts/validate.ts reads them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadValidationContext } from '../../src/data/reference.ts';
import type { ValidationContext } from '../../src/lib/validation/context.ts';
import type { InstitutionFile } from '../../src/lib/validation/institution-file.ts';

export function validationContext(now = new Date('2026-11-23T12:00:00Z')): ValidationContext {
  return loadValidationContext(now);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

export function realInstitutions(): InstitutionFile[] {
  const base = 'content/institutions';
  return walk(base).map((path) => ({ file: path, relative: relative(base, path), text: readFileSync(path, 'utf8') }));
}

export const read = (path: string) => readFileSync(path, 'utf8');
