// Persisted operations: clients send `extensions.persistedQuery.sha256Hash` (the SHA-256, in hex,
// of the document's text) instead of the text, and the server runs the document it holds for
// that hash. The store is a JSON file, { "<hash>": "<document>" }, written by
// `npm run operations:build`. In allow-list mode only those documents run: a request carrying
// query text is refused with PERSISTED_QUERY_ONLY, an unknown hash with PersistedQueryNotFound.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

export interface PersistedOperationsOptions {
  /** hash -> document */
  operations: ReadonlyMap<string, string>;
  /** Allow-list mode: refuse documents sent as text. */
  only: boolean;
}

/** The key a document is stored under: SHA-256 of its exact text, in hex (as Apollo's clients compute it). */
export function operationHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/** Reads a persisted operations file, failing with a message that names the file and the problem. */
export function loadPersistedOperations(file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`persisted operations file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`persisted operations file ${file}: expected an object of { "<sha256 hex>": "<document>" }`);
  }
  const operations = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
      throw new Error(
        `persisted operations file ${file}: entry ${JSON.stringify(hash)} is not "<sha256 hex>": "<document>"`,
      );
    }
    operations.set(hash, document);
  }
  return operations;
}

export function usePersistedOperationsStore({ operations, only }: PersistedOperationsOptions): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => operations.get(hash) ?? null,
    allowArbitraryOperations: !only,
    customErrors: {
      // The exact message and code Apollo's persisted-query clients look for.
      notFound: { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      persistedQueryOnly: {
        message:
          'PersistedQueryOnly: this server runs only persisted operations; send extensions.persistedQuery.sha256Hash instead of the query text.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
      keyNotFound: {
        message:
          'PersistedQueryKeyNotFound: send the query text or extensions.persistedQuery { version: 1, sha256Hash }.',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
