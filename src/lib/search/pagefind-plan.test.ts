import { describe, expect, it } from 'vitest';
import { NATIONAL_INDEX, planIndexes } from './pagefind-plan.ts';

describe('planIndexes', () => {
  const pages = [
    { url: '/informator/kim-jest-asystent-rodziny/' },
    { url: '/telefony-zaufania/' },
    { url: '/placowka/mops-dabrowa-bialostocka/', shard: '20' },
    { url: '/placowka/gops-wejherowo/', shard: '22' },
    { url: '/placowka/fundacja-ogolnopolska/', shard: 'kraj' },
  ];
  const plan = planIndexes(pages, ['20', '22', '14']);

  it('puts national pages and institutions serving the whole country into every index', () => {
    for (const urls of plan.values()) {
      expect(urls).toContain('/informator/kim-jest-asystent-rodziny/');
      expect(urls).toContain('/telefony-zaufania/');
      expect(urls).toContain('/placowka/fundacja-ogolnopolska/');
    }
  });

  it('puts a local institution into its own województwo only', () => {
    expect(plan.get('20')).toContain('/placowka/mops-dabrowa-bialostocka/');
    expect(plan.get('22')).not.toContain('/placowka/mops-dabrowa-bialostocka/');
    expect(plan.get(NATIONAL_INDEX)).not.toContain('/placowka/mops-dabrowa-bialostocka/');
    expect(plan.get('22')).toEqual([
      '/informator/kim-jest-asystent-rodziny/',
      '/telefony-zaufania/',
      '/placowka/gops-wejherowo/',
      '/placowka/fundacja-ogolnopolska/',
    ]);
  });

  it('has an index for every województwo, also one without institutions', () => {
    expect([...plan.keys()].sort()).toEqual(['14', '20', '22', NATIONAL_INDEX]);
    expect(plan.get('14')).toHaveLength(3);
  });

  it('refuses a page whose region is not a known index', () => {
    expect(() => planIndexes([{ url: '/placowka/x/', shard: '99' }], ['20'])).toThrow(/99/);
  });
});
