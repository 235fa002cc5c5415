// The first step of compiling an operation: walk its selections against the schema once and
// keep, for every response key, what the compiler knows of the field (its SQL description, its
// arguments' nodes, the plan of its own selections). The plan holds no argument values: the
// statement is rendered from it per request (render.ts), so one plan serves every set of
// variables. An operation with anything the compiler does not know gets a reason instead.
import {
  Kind,
  getNamedType,
  isAbstractType,
  isObjectType,
  visit,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ConnectionFieldSql, ListFieldSql, ObjectFieldSql, ObjectTypeSql } from './sql-model.ts';
import { objectTypesSql, rootFieldsSql, type RootFieldSql } from './registry.ts';

/** The fields of one object, in response order. */
export interface SelectionPlan {
  typename: string;
  sql: ObjectTypeSql;
  entries: { key: string; field: FieldPlan }[];
}

type FieldPlan =
  | { kind: 'typename'; typename: string }
  | { kind: 'scalar'; sql: (row: string) => string }
  | { kind: 'object'; sql: ObjectFieldSql; selection: SelectionPlan }
  | { kind: 'list'; sql: ListFieldSql; argumentsOf: ArgumentsOf; selection: SelectionPlan }
  | { kind: 'connection'; sql: ConnectionFieldSql; argumentsOf: ArgumentsOf; connection: ConnectionPlan };

/** What a connection field's selection asks for, in response order. */
export interface ConnectionPlan {
  typename: string;
  /** How the node type is read (its table, for a root list). */
  nodeSql: ObjectTypeSql;
  entries: { key: string; part: ConnectionPart }[];
}

type ConnectionPart =
  | { kind: 'typename' }
  | { kind: 'totalCount' }
  | { kind: 'pageInfo'; fields: { key: string; name: PageInfoField }[]; typename: string }
  | { kind: 'edges'; typename: string; fields: { key: string; part: EdgePart }[] }
  | { kind: 'nodes'; selection: SelectionPlan };

type EdgePart =
  | { kind: 'typename' }
  | { kind: 'cursor' }
  | { kind: 'node'; selection: SelectionPlan }
  | { kind: 'link'; sql: (link: string) => string };

const PAGE_INFO_FIELDS = ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '__typename'] as const;
type PageInfoField = (typeof PAGE_INFO_FIELDS)[number];

/** A root field: its SQL description, its arguments' nodes, and the plan of what it selects. */
interface RootPlan {
  key: string;
  sql: RootFieldSql;
  argumentsOf: ArgumentsOf;
  /** One object (single), the connection's selection (list), or one selection per Node type (node, nodes). */
  selection: SelectionPlan | ConnectionPlan | Record<string, SelectionPlan>;
}

/** The field's definition and node, from which the arguments are read per request. */
export interface ArgumentsOf {
  definition: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

export type OperationPlan = { roots: (RootPlan | { key: string; typename: true })[] } | { reason: string };

class NotCompiled extends Error {}

/** json_build_object takes at most 100 arguments: 50 keys. */
const MAX_KEYS = 50;

/**
 * The variables the operation's @skip and @include read: a plan holds the selections they leave,
 * so it is kept per set of their values.
 */
export function directiveVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Directive(directive) {
      if (directive.name.value !== 'skip' && directive.name.value !== 'include') return;
      for (const argument of directive.arguments ?? [])
        if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}

/** The plan of a query operation, or why it is left to the resolvers. */
export function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationPlan {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const query = schema.getQueryType()!;
  try {
    const planner = new Planner(fragments, variables);
    const roots = planner.fields(query, operation.selectionSet).map(({ key, node }) => {
      const name = node.name.value;
      if (name === '__typename') return { key, typename: true as const };
      const rootSql = rootFieldsSql[name];
      if (!rootSql) throw new NotCompiled(`root field ${name}`);
      const definition = query.getFields()[name]!;
      const type = getNamedType(definition.type);
      let selection: RootPlan['selection'];
      if (rootSql.kind === 'node' || rootSql.kind === 'nodes') {
        if (!isAbstractType(type)) throw new NotCompiled(`the type of ${name}`);
        selection = Object.fromEntries(
          schema.getPossibleTypes(type).map((t) => [t.name, planner.object(t, node.selectionSet)]),
        );
      } else {
        if (!isObjectType(type)) throw new NotCompiled(`the type of ${name}`);
        selection =
          rootSql.kind === 'single'
            ? planner.object(type, node.selectionSet)
            : planner.connection(type, node.selectionSet, {});
      }
      return { key, sql: rootSql, argumentsOf: { definition, node }, selection };
    });
    return { roots };
  } catch (error) {
    if (error instanceof NotCompiled) return { reason: error.message };
    throw error;
  }
}

class Planner {
  constructor(
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    /** The request's coerced variables; only those directiveVariables() names are read. */
    private readonly variables: Record<string, unknown>,
  ) {}

  /** The fields selected on `type`, fragments flattened, in response order; one node per response key. */
  fields(type: GraphQLObjectType, set: SelectionSetNode | undefined): { key: string; node: FieldNode }[] {
    const result: { key: string; node: FieldNode }[] = [];
    const seen = new Map<string, number>();
    const visit = (selections: SelectionSetNode | undefined) => {
      for (const selection of selections?.selections ?? []) {
        if (!this.included(selection.directives ?? [])) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const earlier = seen.get(key);
          if (earlier === undefined) {
            seen.set(key, result.length);
            result.push({ key, node: selection });
          } else {
            // Selections of one response key are one field (validation made sure: same field,
            // same arguments); their sub-selections merge, in order.
            const first = result[earlier]!.node;
            const merged = [...(first.selectionSet?.selections ?? []), ...(selection.selectionSet?.selections ?? [])];
            result[earlier] = {
              key,
              node: first.selectionSet
                ? { ...first, selectionSet: { ...first.selectionSet, selections: merged } }
                : first,
            };
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.applies(type, selection.typeCondition?.name.value)) visit(selection.selectionSet);
        } else {
          const fragment = this.fragments.get(selection.name.value);
          if (!fragment) throw new NotCompiled(`unknown fragment ${selection.name.value}`);
          if (this.applies(type, fragment.typeCondition.name.value)) visit(fragment.selectionSet);
        }
      }
    };
    visit(set);
    if (result.length > MAX_KEYS) throw new NotCompiled(`more than ${MAX_KEYS} fields in one object`);
    return result;
  }

  object(type: GraphQLObjectType, set: SelectionSetNode | undefined): SelectionPlan {
    const typeSql = objectTypesSql[type.name];
    if (!typeSql) throw new NotCompiled(`type ${type.name}`);
    const entries = this.fields(type, set).map(({ key, node }) => {
      const name = node.name.value;
      if (name === '__typename') return { key, field: { kind: 'typename', typename: type.name } as FieldPlan };
      const fieldSql = typeSql.fields[name];
      if (!fieldSql) throw new NotCompiled(`field ${type.name}.${name}`);
      const definition = type.getFields()[name]!;
      const target = getNamedType(definition.type);
      if (fieldSql.kind === 'scalar') {
        if (node.arguments?.length) throw new NotCompiled(`arguments of ${type.name}.${name}`);
        return { key, field: { kind: 'scalar', sql: fieldSql.sql } as FieldPlan };
      }
      if (!isObjectType(target)) throw new NotCompiled(`abstract type under ${type.name}.${name}`);
      if (fieldSql.kind === 'connection') {
        const connection = this.connection(target, node.selectionSet, fieldSql.edgeFields);
        return {
          key,
          field: { kind: 'connection', sql: fieldSql, argumentsOf: { definition, node }, connection } as FieldPlan,
        };
      }
      if (node.arguments?.length && !(fieldSql.kind === 'list' && fieldSql.where))
        throw new NotCompiled(`arguments of ${type.name}.${name}`);
      const selection = this.object(target, node.selectionSet);
      return {
        key,
        field: (fieldSql.kind === 'object'
          ? { kind: 'object', sql: fieldSql, selection }
          : { kind: 'list', sql: fieldSql, argumentsOf: { definition, node }, selection }) as FieldPlan,
      };
    });
    return { typename: type.name, sql: typeSql, entries };
  }

  /** The selection of a connection type: totalCount, pageInfo, edges (cursor, node, the link's fields) and nodes. */
  connection(
    type: GraphQLObjectType,
    set: SelectionSetNode | undefined,
    linkFields: ConnectionFieldSql['edgeFields'],
  ): ConnectionPlan {
    // The node type, as the schema gives it: a connection's edges lead to it.
    const edges = getNamedType(type.getFields().edges?.type);
    const nodeType = isObjectType(edges) ? getNamedType(edges.getFields().node?.type) : undefined;
    if (!isObjectType(nodeType)) throw new NotCompiled(`the nodes of ${type.name}`);
    const nodeSql = objectTypesSql[nodeType.name];
    if (!nodeSql) throw new NotCompiled(`type ${nodeType.name}`);
    const entries = this.fields(type, set).map(({ key, node }): { key: string; part: ConnectionPart } => {
      const name = node.name.value;
      const fieldType = getNamedType(type.getFields()[name]?.type);
      switch (name) {
        case '__typename':
          return { key, part: { kind: 'typename' } };
        case 'totalCount':
          return { key, part: { kind: 'totalCount' } };
        case 'nodes':
          return { key, part: { kind: 'nodes', selection: this.object(nodeType, node.selectionSet) } };
        case 'pageInfo': {
          const pageInfo = fieldType as GraphQLObjectType;
          const fields = this.fields(pageInfo, node.selectionSet).map(({ key: k, node: n }) => {
            const field = n.name.value;
            if (!(PAGE_INFO_FIELDS as readonly string[]).includes(field)) throw new NotCompiled(`PageInfo.${field}`);
            return { key: k, name: field as PageInfoField };
          });
          return { key, part: { kind: 'pageInfo', fields, typename: pageInfo.name } };
        }
        case 'edges': {
          const edgeType = fieldType as GraphQLObjectType;
          const fields = this.fields(edgeType, node.selectionSet).map(
            ({ key: k, node: n }): { key: string; part: EdgePart } => {
              const field = n.name.value;
              if (field === '__typename') return { key: k, part: { kind: 'typename' } };
              if (field === 'cursor') return { key: k, part: { kind: 'cursor' } };
              if (field === 'node')
                return { key: k, part: { kind: 'node', selection: this.object(nodeType, n.selectionSet) } };
              const link = linkFields[field];
              if (!link) throw new NotCompiled(`${edgeType.name}.${field}`);
              return { key: k, part: { kind: 'link', sql: link } };
            },
          );
          return { key, part: { kind: 'edges', typename: edgeType.name, fields } };
        }
        default:
          throw new NotCompiled(`${type.name}.${name}`);
      }
    });
    return { typename: type.name, nodeSql, entries };
  }

  /** Whether a fragment with this type condition applies to an object of `type`. */
  private applies(type: GraphQLObjectType, condition: string | undefined): boolean {
    if (condition === undefined || condition === type.name) return true;
    return type.getInterfaces().some((i) => i.name === condition);
  }

  /** @skip and @include, with a literal or a variable; any other directive is left to the resolvers. */
  private included(directives: readonly DirectiveNode[]): boolean {
    let included = true;
    for (const directive of directives) {
      const name = directive.name.value;
      if (name !== 'skip' && name !== 'include') throw new NotCompiled(`directive @${name}`);
      const condition = directive.arguments?.find((a) => a.name.value === 'if')?.value;
      const value =
        condition?.kind === Kind.BOOLEAN
          ? condition.value
          : condition?.kind === Kind.VARIABLE
            ? this.variables[condition.name.value]
            : undefined;
      if (typeof value !== 'boolean') throw new NotCompiled(`@${name} without a boolean`);
      if (name === 'skip' && value) included = false;
      if (name === 'include' && !value) included = false;
    }
    return included;
  }
}
