import type { KnowledgeChangeFeed } from '../db/knowledge-changes.ts';
import type { AuthState } from '../auth/tokens.ts';
import type { Database } from '../db/database.ts';
import type { Extractor } from '../ingest/extractor.ts';

/** What every resolver receives: the database (or a transaction, in tests) and who is asking. */
export interface GraphQLContext {
  db: Database;
  /** The API token the request presented (`tokenName` null when none or unknown) and its scopes. */
  auth: AuthState;
  /** Runs the extraction of ingested articles (a worker pool on the server). */
  extractor: Extractor;
  /** Committed changes to the knowledge, for live subscriptions; absent when the server does not listen for them. */
  knowledgeChanges?: KnowledgeChangeFeed;
  /** Told what each `ingestArticle` did (the server's metrics count it); absent when nobody listens. */
  onIngested?: (outcome: IngestOutcome) => void;
}

/** What one `ingestArticle` did, in numbers. */
export interface IngestOutcome {
  status: 'CREATED' | 'UNCHANGED' | 'REJECTED';
  createdActors: number;
  createdPartnerships: number;
  createdEvents: number;
}

/**
 * The context of a query the server runs for itself, outside any request (the GraphiQL
 * examples' ID lookup): no token, the `read` scope granted explicitly, nothing else. It cannot
 * ingest, so its extractor refuses.
 */
export function internalReadContext(db: Database): GraphQLContext {
  return {
    db,
    auth: { tokenName: null, scopes: new Set(['read']), readsRequireToken: false },
    extractor: {
      extract: () => Promise.reject(new Error('A server-internal read context does not ingest.')),
      close: async () => {},
    },
  };
}
