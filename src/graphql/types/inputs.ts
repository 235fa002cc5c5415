// Checks for identifier arguments. The contract types them as String, so a malformed value is
// rejected here, with an error naming the argument, instead of quietly matching nothing.
import type { GraphQLError } from 'graphql';
import { isSlug, mustBeSlug } from '../../knowledge/text.ts';
import { badUserInput } from '../user-input-errors.ts';

const COUNTRY_CODE = /^[A-Za-z]{2}$/;

function badInput(argument: string, message: string): GraphQLError {
  return badUserInput(`Argument "${argument}" ${message}`, { argument });
}

/** Returns the slug, or throws when it is not lowercase letters and digits joined by hyphens. */
export function validSlug(value: string, argument = 'slug'): string {
  if (!isSlug(value)) throw badInput(argument, mustBeSlug(value));
  return value;
}

/** Returns the code in upper case, or throws when it is not two letters. */
export function validCountryCode(value: string, argument = 'code'): string {
  if (!COUNTRY_CODE.test(value)) {
    throw badInput(
      argument,
      `must be an ISO 3166-1 alpha-2 country code of two letters, e.g. "VN" (got ${JSON.stringify(value)}).`,
    );
  }
  return value.toUpperCase();
}

/** Returns the number, or throws when it lies outside [min, max]. */
export function validWithin(value: number, min: number, max: number, argument: string): number {
  if (!(value >= min && value <= max)) throw badInput(argument, `must be from ${min} to ${max} (got ${value}).`);
  return value;
}

/** Returns the text of a YYYY-MM-DD date parsed by the Date scalar (which yields a JS Date at UTC midnight). */
export function dayOf(value: Date): string {
  return value.toISOString().slice(0, 10);
}
