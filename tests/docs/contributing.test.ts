/** The contributor's documents stay true: the template passes the validator, the field guide covers every field, the workflows run the right steps. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/content.ts';
import { schemaFor } from '../../src/lib/validation/institution-file.ts';
import { LIMITS } from '../../src/schemas/limits.ts';
import { realInstitutions, validationContext } from '../helpers/validation.ts';

const ctx = validationContext(new Date('2026-11-23T12:00:00Z'));
const guide = readFileSync('CONTRIBUTING.md', 'utf8');

describe('contributor documents', () => {
  it('the entry template passes the validator with no issue, next to the real entries', () => {
    const relative = 'podlaskie/powiat-sokolski/dabrowa-bialostocka/poradnia-rodzinna.md';
    const text = readFileSync('docs/szablon-wpisu.md', 'utf8');
    const issues = validateContent(
      { taxonomies: [], articles: [], institutions: [...realInstitutions(), { file: `content/institutions/${relative}`, relative, text }] },
      ctx,
    );
    expect(issues.filter((i) => i.field !== 'verified.source_date')).toEqual([]);
    expect(issues.filter((i) => i.file.endsWith(relative))).toEqual([]);
  });

  it('the field guide in CONTRIBUTING.md names every field of an entry', () => {
    const schema = schemaFor(ctx) as unknown as { shape: Record<string, unknown> };
    for (const field of Object.keys(schema.shape)) expect(guide, field).toContain(`\`${field}\``);
    for (const field of [
      'street',
      'postal_code',
      'city',
      'hidden',
      'lat',
      'lng',
      'precision',
      'number',
      'label',
      'needs',
      'forms',
      'audiences',
      'cost',
      'access',
      'date',
      'source',
      'source_date',
      'scheme',
      'value',
    ]) {
      expect(guide, field).toContain(`\`${field}\``);
    }
  });

  it('the guide and the template state the maximum lengths of src/schemas/limits.ts', () => {
    const template = readFileSync('docs/szablon-wpisu.md', 'utf8');
    const T = LIMITS.text;
    for (const [field, max] of [
      ['name', T.name],
      ['short_name', T.short_name],
      ['accessibility', T.accessibility],
    ] as const) {
      expect(guide, field).toMatch(new RegExp(`\\| \`${field}\` \\| (po )?${max} znaków`));
      expect(template, field).toMatch(new RegExp(`\\b${field} ${max}\\b`));
    }
    for (const max of [
      T.hours_note,
      T.street,
      T.city,
      T.phone_label,
      T.source,
      T.service_name,
      T.service_description,
      T.institution_body,
      LIMITS.list.services,
      LIMITS.list.phones,
    ]) {
      expect(guide).toContain(String(max));
      expect(template).toContain(String(max));
    }
  });

  it('CONTRIBUTING.md documents the exit codes and the warning rules', () => {
    expect(guide).toMatch(/--strict/);
    expect(guide).toMatch(/--format=github/);
    expect(guide).toMatch(/12 miesięcy/);
  });

  it('the workflows validate with annotations, test, and deploy to GitHub Pages with SITE from configure-pages', () => {
    const pr = parseYaml(readFileSync('.github/workflows/pull-request.yml', 'utf8'));
    const prRuns = pr.jobs.check.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(prRuns).toContain('npm run validate -- --format=github');
    expect(prRuns).toContain('npm test');
    const deploy = parseYaml(readFileSync('.github/workflows/deploy.yml', 'utf8'));
    const steps = deploy.jobs.build.steps as { uses?: string; env?: Record<string, string>; with?: Record<string, string> }[];
    expect(steps.some((s) => s.uses?.startsWith('actions/configure-pages@'))).toBe(true);
    expect(steps.find((s) => s.env?.SITE)?.env?.SITE).toContain('steps.pages.outputs.base_url');
    expect(steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(deploy.jobs.deploy.steps.some((s: { uses?: string }) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    for (const wf of [pr, deploy]) {
      const nodes = Object.values(wf.jobs as Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>)
        .flatMap((j) => j.steps)
        .filter((s) => s.uses?.startsWith('actions/setup-node@'));
      for (const s of nodes) expect(String(s.with?.['node-version'])).toBe('24');
    }
  });
});
