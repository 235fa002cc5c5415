// PGlite parses each result value with its type parsers: about 300 of them, array types included.
// A query may bring parsers of its own, and PGlite then copies all 300 into a new object before
// it reads a row. Drizzle brings the same few with every query (dates and times left as text for
// its own column mappers), so every statement paid that copy: 0.1 ms, a tenth of the time
// ingesting an article takes on PGlite, and as much on every read.
import type { PGlite, QueryOptions, Transaction } from '@electric-sql/pglite';

type Query = PGlite['query'];

/**
 * Makes `client` take the parsers its first query brings as its own, once, and run later queries
 * that bring that same object without them: the values parsed are the same, without the copy.
 * Queries that bring other parsers keep them. Results of queries without parsers parse dates and
 * times as the first query's parsers do (with drizzle: as text); nothing here reads them raw.
 */
export function shareQueryParsers(client: PGlite): void {
  let shared: QueryOptions['parsers'];
  const withoutShared = (options: QueryOptions | undefined): QueryOptions | undefined => {
    const parsers = options?.parsers;
    if (parsers === undefined) return options;
    if (shared === undefined) {
      Object.assign(client.parsers, parsers);
      shared = parsers;
    }
    if (parsers !== shared) return options;
    const { parsers: _, ...rest } = options!;
    return rest;
  };
  const sharing =
    (query: Query): Query =>
    (text, params, options) =>
      query(text, params, withoutShared(options));

  client.query = sharing(client.query.bind(client));
  const transaction = client.transaction.bind(client);
  client.transaction = (callback) =>
    transaction((tx: Transaction) => {
      // A fresh object for each transaction, so replacing its method touches nothing else.
      tx.query = sharing(tx.query);
      return callback(tx);
    });
}
