/**
 * HSDS wants a UUID for every object. Institutions have one; their services, phones,
 * locations and schedules get name-based UUIDs (RFC 9562 version 5), so an export
 * gives the same ids every time and consumers can follow changes. Build time only (node:crypto).
 */
import { createHash } from 'node:crypto';

/** This project's namespace for version-5 UUIDs (fixed; never change it). */
export const NAMESPACE = '6f1d0b6e-8d1c-4c8e-9a55-2b7c1f0e4a31';

export function uuidV5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
