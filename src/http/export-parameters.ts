// Query parameters of the exports (src/http/exports.ts), checked as the API checks its arguments:
// a bad one is refused with a 400 whose body is a GraphQL-shaped BAD_USER_INPUT error naming the
// parameter. A filter's parameters are the fields of the API's own input type (PartnershipFilter,
// PartnershipOrder), coerced by graphql-js as it coerces a variable of that type: the same enum
// values, the same Date and number checks, the same messages, and a field added to the input
// type is a parameter at once.
import {
  coerceInputValue,
  getNamedType,
  type GraphQLError,
  type GraphQLInputObjectType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  isListType,
  isNonNullType,
} from 'graphql';

/** A refusal in the shape GraphQL errors have, so clients read both alike. */
export function refusal(status: number, code: string, message: string, argument?: string): Response {
  return Response.json(
    { errors: [{ message, extensions: { code, ...(argument ? { argument } : {}) } }] },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

/** A 400 for a parameter the client got wrong. */
export const badParameter = (parameter: string, message: string) => refusal(400, 'BAD_USER_INPUT', message, parameter);

/** An integer query parameter within [min, max], its default when absent; a refusal when not. */
export function integerParameter(
  url: URL,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number | Response {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max
    ? value
    : badParameter(name, `Parameter "${name}" must be an integer from ${min} to ${max} (got ${JSON.stringify(text)}).`);
}

/** A refusal for any parameter not in `known`; null when there is none. */
export function unknownParameter(url: URL, known: readonly string[], exportName: string): Response | null {
  for (const name of url.searchParams.keys()) {
    if (!known.includes(name))
      return badParameter(
        name,
        `Unknown parameter "${name}": ${exportName} takes ${known.slice(0, -1).join(', ')} and ${known.at(-1)}.`,
      );
  }
  return null;
}

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/** The value a parameter's text stands for, for a field of this named type; text GraphQL then checks. */
function parameterValue(text: string, typeName: string): unknown {
  if ((typeName === GraphQLInt.name || typeName === GraphQLFloat.name) && NUMBER.test(text)) return Number(text);
  if (typeName === GraphQLBoolean.name && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

export interface InputParameters {
  /** The parameter of each field, when it is not named as the field is. */
  names?: Record<string, string>;
  /** Values of fields whose parameter is absent. */
  defaults?: Record<string, unknown>;
}

/**
 * The fields of `type` given as query parameters, coerced as GraphQL coerces a variable of that
 * type (enum values by name, Date as YYYY-MM-DD, Int, Float), or a refusal naming the first bad
 * parameter. A list field takes several values, repeated (kinds=MOU&kinds=PROJECT) or separated by
 * commas (kinds=MOU,PROJECT); any other field, one. Fields of input object types are not
 * parameters.
 */
export function inputFromParameters(
  url: URL,
  type: GraphQLInputObjectType,
  { names = {}, defaults = {} }: InputParameters = {},
): { input: Record<string, unknown>; given: [string, string[]][] } | Response {
  const raw: Record<string, unknown> = {};
  const given: [string, string[]][] = [];
  for (const [field, { type: fieldType }] of Object.entries(type.getFields())) {
    const parameter = names[field] ?? field;
    const texts = url.searchParams.getAll(parameter);
    if (texts.length === 0) {
      if (field in defaults) raw[field] = defaults[field];
      continue;
    }
    const list = isListType(isNonNullType(fieldType) ? fieldType.ofType : fieldType);
    if (!list && texts.length > 1)
      return badParameter(parameter, `Parameter "${parameter}" takes one value (got ${texts.length}).`);
    const values = list ? texts.flatMap((text) => text.split(',')) : texts;
    const typeName = getNamedType(fieldType).name;
    raw[field] = list ? values.map((text) => parameterValue(text, typeName)) : parameterValue(values[0]!, typeName);
    given.push([parameter, values]);
  }
  let problem: Response | null = null;
  const input = coerceInputValue(raw, type, (path, invalid, error) => {
    const field = String(path[0] ?? '');
    const parameter = names[field] ?? field;
    problem ??= badParameter(
      parameter,
      `Parameter "${parameter}" got invalid value ${JSON.stringify(invalid)}; ${error.message}`,
    );
  }) as Record<string, unknown>;
  return problem ?? { input, given };
}

/**
 * A BAD_USER_INPUT error the API's own checks threw for a field of an input argument
 * (`Argument "filter.country" must be …`), as the refusal of the parameter that gave the field.
 */
export function refusalOfArgumentError(error: GraphQLError, argumentPrefix: string): Response | null {
  const argument = error.extensions.argument;
  if (error.extensions.code !== 'BAD_USER_INPUT' || typeof argument !== 'string') return null;
  const parameter = argument.startsWith(argumentPrefix) ? argument.slice(argumentPrefix.length) : argument;
  return badParameter(parameter, error.message.replace(`Argument "${argument}"`, `Parameter "${parameter}"`));
}
