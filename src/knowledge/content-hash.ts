import { createHash } from 'node:crypto';

/**
 * The identity of an article's text: SHA-256 of the text with line endings unified and outer
 * whitespace trimmed, so the same article saved on another system still hashes the same.
 */
export function contentHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}
