/**
 * The lock records, for each translation, a short hash of the source text it was
 * made from. 12 hex digits of SHA-256 (48 bits) keep lock lines short; a
 * collision would need two versions of one text to share them.
 */
import { createHash } from 'node:crypto';

export const HASH_LENGTH = 12;

export function sourceHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}
