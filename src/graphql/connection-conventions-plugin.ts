// Conventions every connection of the API keeps, applied in one place:
// - Pothos clamps `first`/`last` above the maximum page size silently: a client asking for 500
//   rows would get 100 and believe that was all. Such requests are rejected with a clear error
//   instead, as GitHub's API does.
// - A cursor that cannot be decoded is rejected with BAD_USER_INPUT before any query runs.
// - The drizzle plugin adds `totalCount` fields without a description; they get one.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { cursorValues } from './cursors.ts';
import { badUserInput } from './user-input-errors.ts';

/** The page a connection gives when asked for no `first` or `last`. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** What every connection's `totalCount` says it is. */
export const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list holds, across all pages.';
const pageArguments = ['first', 'last'] as const;
const cursorArguments = ['after', 'before'] as const;

class ConnectionConventionsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  // The drizzle plugin adds `totalCount` to the connections it builds without a description.
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.name !== 'totalCount' || fieldConfig.description) return fieldConfig;
    return { ...fieldConfig, description: TOTAL_COUNT_DESCRIPTION };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const checked = pageArguments.filter((name) => name in fieldConfig.args);
    const cursors = cursorArguments.filter((name) => name in fieldConfig.args);
    if (checked.length === 0 && cursors.length === 0) return resolver;
    const field = `${fieldConfig.parentType}.${fieldConfig.name}`;
    return (parent, args, context, info) => {
      for (const name of checked) {
        const value = (args as Record<string, unknown>)[name];
        if (typeof value !== 'number') continue;
        if (value < 0) {
          throw badUserInput(`Argument "${name}" of ${field} must not be negative (got ${value}).`, { argument: name });
        }
        if (value > MAX_PAGE_SIZE) {
          throw badUserInput(
            `Argument "${name}" of ${field} must be at most ${MAX_PAGE_SIZE} (got ${value}); page through the connection with "after" or "before" instead.`,
            { argument: name, maximum: MAX_PAGE_SIZE },
          );
        }
      }
      for (const name of cursors) {
        const value = (args as Record<string, unknown>)[name];
        if (typeof value === 'string') cursorValues(value, name);
      }
      return resolver(parent, args, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      connectionConventions: ConnectionConventionsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('connectionConventions', ConnectionConventionsPlugin);
