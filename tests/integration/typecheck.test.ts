/** The whole project type-checks (TypeScript strict, Astro components included). */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('astro check reports no errors', () => {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 240_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).toMatch(/Result \(\d+ files\)/);
  expect(output.match(/- (\d+) errors?/)?.[1], output.slice(-3000)).toBe('0');
  expect(result.status).toBe(0);
}, 240_000);
