/** The monthly review: the workflow cannot run here, so its file is parsed and its keys checked; the command it runs is run for real. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
const workflow = parse(readFileSync('.github/workflows/stale.yml', 'utf8')) as {
  name: string;
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
};

describe('.github/workflows/stale.yml', () => {
  const steps = Object.values(workflow.jobs)[0]!.steps;
  const script = steps.map((s) => s.run ?? '').join('\n');

  it('runs once a month and by hand', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    const [minute, hour, day, month, weekday] = workflow.on.schedule[0]!.cron.split(' ');
    expect([minute, hour, day, month, weekday].every((f) => f !== undefined)).toBe(true);
    expect(day).toMatch(/^\d+$/);
    expect([month, weekday]).toEqual(['*', '*']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('may write issues and nothing else', () => {
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  it('checks out, installs and runs npm run stale in Markdown', () => {
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(true);
    expect(steps.some((s) => s.uses?.startsWith('actions/setup-node@'))).toBe(true);
    expect(script).toMatch(/npm install/);
    expect(script).toMatch(/npm run --silent stale -- --format=markdown > przeglad\.md/);
  });

  it('keeps one open issue titled with the month: edits it, or creates it, and closes older ones', () => {
    expect(script).toContain('title="Przegląd danych: $(date -u +%Y-%m)"');
    expect(script).toMatch(/gh issue edit "\$current" --body-file przeglad\.md/);
    expect(script).toMatch(/gh issue create --title "\$title" --label przeglad-danych --body-file przeglad\.md/);
    expect(script).toMatch(/gh issue close/);
    const ghStep = steps.find((s) => s.run?.includes('gh issue'))!;
    expect(ghStep.env?.GH_TOKEN).toBe('${{ secrets.GITHUB_TOKEN }}');
  });
});

describe('npm run stale', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/stale.ts', ...args], { encoding: 'utf8', env: { ...process.env, SITE: 'https://katalog.example' } });

  it('prints the Markdown table the workflow posts, with the real seed entries older than 12 months', () => {
    const r = run('--format=markdown');
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Powiat') && !l.startsWith('| ---'));
    // Every institution in content/ rests on a document from 2025 or earlier (see their verified.source_date).
    expect(rows).toHaveLength(18);
    expect(r.stdout).toContain(
      '[popraw](https://katalog.example/zglos/?popraw=gops-wejherowo&woj=22) albo [potwierdź](https://katalog.example/zglos/?popraw=gops-wejherowo&woj=22&potwierdz=1)',
    );
    expect(r.stdout).toMatch(/\| powiat sokólski, województwo podlaskie \| \[Gminna Komisja/);
  });

  it('refuses an unknown format with a usage line', () => {
    const r = run('--format=xml');
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/Użycie: npm run stale/);
  });
});
