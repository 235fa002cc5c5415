// What can be wrong with an article handed to ingestion. Each error names the problem in words a
// person can act on; `code` lets programs (and the GraphQL payload) tell them apart.

export type IngestErrorCode =
  | 'EMPTY_TEXT'
  | 'NOT_TEXT'
  | 'TOO_LARGE'
  | 'NO_TITLE'
  | 'UNPARSEABLE_DATE'
  | 'INVALID_INPUT'
  | 'EXTRACTION_TIMEOUT';

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    /** The input field at fault: the article text unless said otherwise. */
    readonly field: 'text' | 'url' | 'source' = 'text',
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

/** Articles larger than this are refused: no news story is a megabyte of text. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Several problems with one input, every one reported at once (one per field at most). */
export class IngestInputErrors extends Error {
  constructor(readonly problems: IngestError[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'IngestInputErrors';
  }
}
