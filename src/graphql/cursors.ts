// Cursors are the drizzle plugin's: base64 of "DC:" and a tagged value or tuple. Reading them
// here lets the API turn a mangled cursor, or one taken from another list, into a clear
// BAD_USER_INPUT error instead of an internal one.
import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import type { GraphQLError } from 'graphql';
import { badUserInput } from './user-input-errors.ts';

export function badCursor(argument: string, cursor: string, why: string): GraphQLError {
  return badUserInput(
    `Argument "${argument}" is not a cursor of this list (${why}): ${JSON.stringify(cursor)}. Use a cursor from this list's edges or pageInfo.`,
    { argument },
  );
}

/** The values a cursor holds, in ordering order; throws BAD_USER_INPUT when it is not a cursor at all. */
export function cursorValues(cursor: string, argument: string): unknown[] {
  let decoded: unknown;
  try {
    const text = decodeBase64(cursor);
    if (!text.startsWith('DC:')) throw new Error('no cursor prefix');
    decoded = decodeCursorChunk(text.slice(3));
  } catch {
    throw badCursor(argument, cursor, 'it cannot be decoded');
  }
  return Array.isArray(decoded) ? decoded : [decoded];
}

/**
 * Throws when `after` or `before` does not hold values of these types, in this order: it comes
 * from a list in another order (which would otherwise reach the database as a value of the wrong
 * column).
 */
export function checkCursorShape(
  args: { after?: string | null; before?: string | null },
  types: ('number' | 'string')[],
): void {
  for (const [argument, cursor] of [
    ['after', args.after],
    ['before', args.before],
  ] as const) {
    if (!cursor) continue;
    const values = cursorValues(cursor, argument);
    if (values.length !== types.length || !values.every((v, i) => typeof v === types[i]))
      throw badCursor(argument, cursor, 'it belongs to another list');
  }
}
