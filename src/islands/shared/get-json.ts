/**
 * Fetches JSON from this site. A failed answer throws with the address and status, except a 404 when
 * `missing` is given: then that is the answer (a file that may legitimately not exist).
 */
export async function getJson<T>(url: string, options: { missing?: T } = {}): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (response.status === 404 && 'missing' in options) return options.missing as T;
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
