import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJson } from './get-json.ts';

const answer = (status: number, body: unknown = {}) => vi.fn(async () => new Response(JSON.stringify(body), { status }));

describe('getJson', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns the parsed body of a good answer, fetched from this site only', async () => {
    const fetch = answer(200, { a: 1 });
    vi.stubGlobal('fetch', fetch);
    expect(await getJson('/x.json')).toEqual({ a: 1 });
    expect(fetch).toHaveBeenCalledWith('/x.json', { credentials: 'same-origin' });
  });

  it('gives `missing` for a 404 when asked, and throws for a 404 otherwise', async () => {
    vi.stubGlobal('fetch', answer(404));
    expect(await getJson('/nie-ma.json', { missing: {} })).toEqual({});
    await expect(getJson('/nie-ma.json')).rejects.toThrow('/nie-ma.json: 404');
  });

  it('throws for a server error even when `missing` is given', async () => {
    vi.stubGlobal('fetch', answer(500));
    await expect(getJson('/x.json', { missing: {} })).rejects.toThrow('/x.json: 500');
  });
});
