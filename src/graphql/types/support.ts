// The weight of evidence behind a fact (a partnership, an event, an affiliation): how many
// articles and outlets support it, when it was first and last reported, and how sure that makes
// it. The database keeps these columns in step with the evidence (schema/tables.ts, the
// fact_support migration); here they are the same five fields on each type.
import type { DrizzleObjectFieldBuilder } from '@pothos/plugin-drizzle';
import type { TableRelationalConfig } from 'drizzle-orm/relations';
import type { InputFieldBuilder } from '@pothos/core';
import { builder } from '../builder.ts';
import type { SupportFilter } from '../../knowledge/filters.ts';
import type { BuilderTypes } from '../builder.ts';
import { OrderDirectionEnum } from './enums.ts';
import { validWithin } from './inputs.ts';

/** The support columns, as drizzle reads them. */
interface SupportRow {
  articleCount: number;
  sourceCount: number;
  firstReportedAt: string | null;
  latestReportedAt: string | null;
  confidence: number;
}

/** How the combined confidence is worked out, for the schema's descriptions and the docs. */
export const CONFIDENCE_FORMULA =
  'each outlet is a witness as sure as its best evidence, and independent witnesses combine as 1 − ∏(1 − c)';

/** The five support fields of a type whose table has the support columns; `fact` names it in the descriptions. */
export function supportFields<Table extends TableRelationalConfig, Shape extends SupportRow>(
  t: DrizzleObjectFieldBuilder<BuilderTypes, Table, Shape, SupportRow>,
  fact: string,
) {
  const instant = (column: 'firstReportedAt' | 'latestReportedAt', description: string) =>
    t.field({
      type: 'DateTime',
      nullable: true,
      description,
      select: {
        columns: column === 'firstReportedAt' ? { firstReportedAt: true } : { latestReportedAt: true },
      },
      resolve: (row) => (row[column] === null ? null : new Date(row[column])),
    });
  return {
    articleCount: t.exposeInt('articleCount', { description: `How many articles support the ${fact}.` }),
    sourceCount: t.exposeInt('sourceCount', {
      description: `How many distinct outlets (article sources) support the ${fact}; articles that name no outlet count together as one.`,
    }),
    firstReportedAt: instant(
      'firstReportedAt',
      `When the first article supporting the ${fact} was published; null when no article does (a curated fact without sources).`,
    ),
    latestReportedAt: instant('latestReportedAt', `When the latest article supporting the ${fact} was published.`),
    confidence: t.exposeFloat('confidence', {
      description: `How sure the evidence makes the ${fact}, 0 to 1: ${CONFIDENCE_FORMULA}. 1 for curated facts; 0 without evidence.`,
    }),
  };
}

/** The support conditions of a list's filter input (PartnershipFilter, EventFilter). */
export function supportFilterFields(t: InputFieldBuilder<BuilderTypes, 'InputObject'>, facts: string) {
  return {
    minSources: t.int({
      required: false,
      description: `Only ${facts} that at least this many distinct outlets support.`,
    }),
    minConfidence: t.float({
      required: false,
      description: `Only ${facts} whose combined confidence is at least this (0 to 1).`,
    }),
  };
}

/** The domain's support conditions of a filter input; throws BAD_USER_INPUT on a bound out of range. */
export function toSupportFilter(
  filter: { minSources?: number | null; minConfidence?: number | null } | null | undefined,
): SupportFilter {
  return {
    minSources:
      filter?.minSources == null ? undefined : validWithin(filter.minSources, 0, 2_147_483_647, 'filter.minSources'),
    minConfidence:
      filter?.minConfidence == null ? undefined : validWithin(filter.minConfidence, 0, 1, 'filter.minConfidence'),
  };
}

/** How a list of partnerships or events may be sorted: `field` the default order or SUPPORT. */
export function orderInput(
  name: 'Partnership' | 'Event',
  defaultField: { name: string; value: string; description: string },
) {
  const field = builder.enumType(`${name}OrderField`, {
    description: `What to sort ${name.toLowerCase()}s by.`,
    values: {
      [defaultField.name]: { value: defaultField.value, description: defaultField.description },
      SUPPORT: {
        value: 'support',
        description: 'Weight of evidence: distinct outlets, then articles, then the order of storage.',
      },
    },
  });
  return builder.inputType(`${name}Order`, {
    description: `How to sort ${name.toLowerCase()}s. Ties are broken by the order of storage.`,
    fields: (t) => ({
      field: t.field({ type: field, required: true, description: 'What to sort by.' }),
      direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Which way.' }),
    }),
  });
}
