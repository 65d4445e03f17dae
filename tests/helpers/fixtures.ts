/** Test fixtures are parsed through the real schemas and the real reference data, so they cannot drift. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { loadSchemaRefs } from '../../src/data/reference.ts';
import { institutionSchema } from '../../src/schemas/institution.ts';

export const refs = loadSchemaRefs();
export const schema = institutionSchema(refs);

export function frontmatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(markdown);
  if (!match) throw new Error('No frontmatter');
  return parseYaml(match[1]!) as Record<string, unknown>;
}

export function validFixture(): Record<string, unknown> {
  return frontmatter(readFileSync('tests/fixtures/institutions/valid.md', 'utf8'));
}
