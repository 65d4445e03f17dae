/** View models of the real content, made the way src/data/directory.ts makes them (without Astro). */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { loadRegions, loadSchemaRefs } from '../../src/data/reference.ts';
import { helplineView, institutionView, type EntryView } from '../../src/lib/directory/view.ts';
import { weeklySchedule } from '../../src/formats/opening-hours.ts';
import { describeWeek } from '../../src/lib/hours/words.ts';
import { parseFrontmatter } from '../../src/lib/validation/frontmatter.ts';
import { helplineSchema } from '../../src/schemas/helpline.ts';
import { institutionSchema } from '../../src/schemas/institution.ts';
import { realInstitutions } from './validation.ts';

const tools = { weeklySchedule, describeWeek };

export function realEntries(): { view: EntryView; body?: string }[] {
  const refs = loadSchemaRefs();
  const regions = loadRegions();
  const schema = institutionSchema(refs);
  const institutions = realInstitutions().map((f) => {
    const fm = parseFrontmatter(f.text);
    if (!fm.ok) throw new Error(fm.reason);
    return { view: institutionView(schema.parse(fm.data), f.relative, regions, tools), body: fm.body };
  });
  const helplines = (parseYaml(readFileSync('content/helplines.yaml', 'utf8')) as unknown[]).map((h) => ({
    view: helplineView(helplineSchema(refs).parse(h), tools),
  }));
  return [...institutions, ...helplines];
}
