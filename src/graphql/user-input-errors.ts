// The one shape of a client's mistake in its arguments: a GraphQLError with extensions.code
// BAD_USER_INPUT (what clients and the metrics key on), plus whatever says which argument and
// which bounds, so every such refusal reads the same.
import { GraphQLError } from 'graphql';

export function badUserInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });
}
