// API tokens: parsing their configuration, and recognising the token a request presents. Pure:
// no I/O, no framework. Only SHA-256 hashes of tokens are configured and kept; a presented token
// is hashed and compared with every configured hash in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';

/** What a token may be used for: `read` (queries, when reads require a token), `ingest` (ingestArticle), `edit` (mergeActors). */
const SCOPES = ['read', 'ingest', 'edit'] as const;
type Scope = (typeof SCOPES)[number];

export interface ApiToken {
  /** A name for logs and the context; never secret. */
  name: string;
  scopes: readonly Scope[];
  /** SHA-256 of the token, 64 lowercase hex digits. */
  hash: string;
}

/** Who a request is: the token it presented (null when none, or one that matches nothing) and that token's scopes. */
export interface AuthState {
  tokenName: string | null;
  scopes: Set<string>;
  /** Whether queries need a token with the `read` scope (REQUIRE_TOKEN_FOR_READS). */
  readsRequireToken: boolean;
}

/** The SHA-256 of a token, as lowercase hex: the form API_TOKENS holds. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Equality of two byte strings in time that depends only on their lengths, never on where they differ. */
export function constantTimeEqual(a: Uint8Array | string, b: Uint8Array | string): boolean {
  const left = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a);
  const right = typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b);
  if (left.length !== right.length) {
    // timingSafeEqual refuses inputs of different lengths; compare anyway so the work is the same.
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

/** The configured token whose hash matches the presented token, or null. Every hash is compared: no early exit. */
export function findToken(presented: string, tokens: readonly ApiToken[]): ApiToken | null {
  const digest = Buffer.from(hashToken(presented), 'hex');
  let found: ApiToken | null = null;
  for (const token of tokens) {
    const matches = constantTimeEqual(digest, Buffer.from(token.hash, 'hex'));
    if (matches && found === null) found = token;
  }
  return found;
}

/** The token of an `Authorization: Bearer TOKEN` header; null when the header is absent or of another scheme. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/** Who the request with this Authorization header is. An unknown token counts as no token. */
export function authenticate(
  header: string | null | undefined,
  tokens: readonly ApiToken[],
  readsRequireToken = false,
): AuthState {
  const presented = bearerToken(header);
  const token = presented === null ? null : findToken(presented, tokens);
  return { tokenName: token?.name ?? null, scopes: new Set(token?.scopes ?? []), readsRequireToken };
}

/**
 * Parses API_TOKENS: comma-separated `name:scope1+scope2:sha256hex` entries. Returns the tokens
 * and every problem found (empty when valid), so that they can be reported together.
 */
export function parseApiTokens(value: string): { tokens: ApiToken[]; problems: string[] } {
  const tokens: ApiToken[] = [];
  const problems: string[] = [];
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const parts = entry.split(':');
    if (parts.length !== 3) {
      problems.push(`${where}: expected name:scope1+scope2:sha256hex (three parts separated by colons)`);
      return;
    }
    const [name, scopeList, hash] = parts.map((part) => part.trim()) as [string, string, string];
    let valid = true;
    if (!/^[A-Za-z0-9_.-]+$/.test(name)) {
      problems.push(`${where}: the name must be letters, digits, '.', '_' or '-' (got ${JSON.stringify(name)})`);
      valid = false;
    } else if (tokens.some((t) => t.name === name)) {
      problems.push(`${where}: the name "${name}" is used twice`);
      valid = false;
    }
    const scopes = scopeList.split('+').map((s) => s.trim());
    const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
    if (scopeList === '' || unknown.length > 0) {
      problems.push(
        `${where} ("${name}"): scopes must be one or more of ${SCOPES.join(', ')} joined with + (got ${JSON.stringify(scopeList)})`,
      );
      valid = false;
    }
    if (!/^[0-9a-fA-F]{64}$/.test(hash)) {
      problems.push(
        `${where} ("${name}"): expected the SHA-256 of the token as 64 hex digits (npm run token:hash -- TOKEN), not the token itself`,
      );
      valid = false;
    } else if (tokens.some((t) => t.hash === hash.toLowerCase())) {
      problems.push(`${where} ("${name}"): the same token hash is configured twice`);
      valid = false;
    }
    if (valid) tokens.push({ name, scopes: [...new Set(scopes)] as Scope[], hash: hash.toLowerCase() });
  });
  return { tokens, problems };
}
