import { describe, expect, it } from 'vitest';
import { reach } from './coverage.ts';

describe('reach', () => {
  const dabrowa = '2011013';
  it('ranks local, powiat, województwo and national entries', () => {
    expect(reach({ gmina: dabrowa, serves: 'gmina' }, dabrowa)).toBe(0);
    expect(reach({ gmina: '2011083', serves: 'powiat' }, dabrowa)).toBe(1);
    expect(reach({ gmina: '2061011', serves: 'wojewodztwo' }, dabrowa)).toBe(2);
    expect(reach({ gmina: undefined, serves: 'kraj' }, dabrowa)).toBe(3);
  });
  it('does not reach outside the area served', () => {
    expect(reach({ gmina: '2011083', serves: 'gmina' }, dabrowa)).toBeNull();
    expect(reach({ gmina: '2201011', serves: 'powiat' }, dabrowa)).toBeNull();
    expect(reach({ gmina: '2201011', serves: 'wojewodztwo' }, dabrowa)).toBeNull();
  });
});
