// Random read operations for differential testing: a seeded, deterministic stream of valid query
// documents built from the schema's type information, with argument values drawn from a pool
// of real values read from the database (slugs, codes, global IDs, dates, words), some that
// match nothing and a few that the API rejects (bad cursors, pages over 100, malformed slugs,
// IDs and codes). Selections are random subsets nested to a bounded depth, with aliases, the
// same field twice under two aliases with different arguments, fields merged from two places,
// inline and named fragments, @include/@skip with literals and variables, and arguments as
// literals or variables. Cursors for `after`/`before` come from the answers of earlier
// operations (see `observe`). Every document is checked with graphql-js's `validate` before it
// is handed out; most stay within the server's query limits, a few break one on purpose.
import {
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type GraphQLAbstractType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { DEFAULTS } from '../../src/config.ts';
import type { QueryLimits } from '../../src/http/limits.ts';

// ---------------------------------------------------------------------------------------------
// A seeded generator of numbers (splitmix32 to spread the seed, then sfc32).

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  /** A whole number in [lo, hi]. */
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; entries with weight 0 are never picked. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i += 1) next();
  const int = (n: number) => Math.floor(next() * n);
  const random: Random = {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let x = next() * total;
      for (const [value, w] of entries) {
        if (w <= 0) continue;
        if (x < w) return value;
        x -= w;
      }
      return entries.filter(([, w]) => w > 0).at(-1)![0];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
  return random;
}

// ---------------------------------------------------------------------------------------------
// The pool of argument values, read from the database.

export interface ValuePool {
  /** Slugs by the type a root field returns for them: Actor, Partnership, Article, Event, Technology. */
  slugs: Record<string, string[]>;
  /** Slugs of actors merged into others (they resolve to the survivor). */
  mergedSlugs: string[];
  /** ISO codes of countries that hold knowledge, and a few that hold none. */
  countryCodes: string[];
  /** Global IDs of rows of every node type. */
  globalIds: string[];
  /** Days (YYYY-MM-DD) on which partnerships started and events happened, and a few others. */
  dates: string[];
  /** Publication instants of articles (exact), and a few others. */
  dateTimes: string[];
  /** Words and fragments of names, for name filters and searches. */
  words: string[];
}

/** Node types and the tables their rows (and so their global IDs) come from. */
const NODE_TABLES: Record<string, string> = {
  Actor: 'actors',
  Article: 'articles',
  Country: 'countries',
  Event: 'events',
  Partnership: 'partnerships',
  Technology: 'technologies',
};

/** At most `n` items, spread evenly over the list (deterministic). */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]!);
}

function globalId(typename: string, id: string | number): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}

/** Reads the pool of values from a database; `rows` runs raw SQL. */
export async function loadValuePool(rows: <T>(query: string) => Promise<T[]>): Promise<ValuePool> {
  const column = async (query: string, n: number) =>
    spread(
      (await rows<{ v: string | number }>(query)).map((r) => String(r.v)),
      n,
    );
  const slugs: Record<string, string[]> = {};
  for (const [typename, table] of Object.entries(NODE_TABLES)) {
    if (typename === 'Country') continue;
    slugs[typename] = await column(`select slug as v from ${table} order by id`, 40);
  }
  const mergedSlugs = await column('select merged_slug as v from actor_merges order by id', 10).catch(() => []);
  const withKnowledge = await column(
    `select c.code as v from countries c
     where exists (select 1 from actors a where a.country_id = c.id)
        or exists (select 1 from partnership_countries pc where pc.country_id = c.id)
        or exists (select 1 from events e where e.country_id = c.id)
     order by c.id`,
    30,
  );
  const others = await column('select code as v from countries order by id', 6);
  const globalIds: string[] = [];
  for (const [typename, table] of Object.entries(NODE_TABLES)) {
    for (const id of await column(`select id as v from ${table} order by id`, 8))
      globalIds.push(globalId(typename, id));
  }
  const dates = [
    ...(await column(
      'select distinct started_on::text as v from partnerships where started_on is not null order by 1',
      8,
    )),
    ...(await column('select distinct occurred_on::text as v from events where occurred_on is not null order by 1', 8)),
    '1999-12-31',
    '2030-01-01',
  ];
  const dateTimes = [
    ...(await column(`select to_json(published_at) #>> '{}' as v from articles order by id`, 8)),
    '2000-01-01T00:00:00Z',
    '2031-06-30T12:00:00+07:00',
  ];
  const names = [
    ...(await column('select name as v from actors order by id', 40)),
    ...(await column('select name as v from technologies order by id', 40)),
  ];
  const words = new Set<string>();
  for (const name of names) {
    for (const word of name.split(/[^\p{L}\p{N}]+/u)) if (word.length >= 3) words.add(word);
  }
  return {
    slugs,
    mergedSlugs,
    countryCodes: [...new Set([...withKnowledge, ...others])],
    globalIds,
    dates,
    dateTimes,
    words: [...spread([...words], 40), 'MoST', 'AI', 'semiconducter', 'Nguy'],
  };
}

// Values that match nothing, and values the API refuses.
const UNKNOWN_SLUGS = ['no-such-slug-zz9', 'vietnam-2'];
const MALFORMED_SLUGS = ['Not A Slug!', '', '--', 'x'.repeat(120)];
const UNKNOWN_CODES = ['ZZ', 'XK'];
const MALFORMED_CODES = ['V1', 'vnm', '', 'Vietnam'];
const UNKNOWN_IDS = [globalId('Actor', 999_999), globalId('Technology', 2_000_000_000), globalId('Country', 99_999)];
const MALFORMED_IDS = [
  globalId('PageInfo', 1),
  globalId('Actor', 0),
  globalId('Actor', 'abc'),
  globalId('Actor', 2_147_483_648),
  globalId('Nope', 1),
  'not base64 at all!',
  '',
];
const BAD_CURSORS = [
  'garbage',
  '',
  Buffer.from('DC:nonsense').toString('base64'),
  Buffer.from('GPC:N:1').toString('base64'),
  'RE M6Tjox',
];

// ---------------------------------------------------------------------------------------------
// Operations.

/** Which limit an operation breaks on purpose, if any. */
export type Intent =
  | 'within-limits'
  | 'over-cost'
  | 'over-depth'
  | 'over-aliases'
  | 'over-directives'
  | 'over-tokens'
  | 'over-bytes';

export interface GeneratedOperation {
  /** Position in the stream, from 0. */
  index: number;
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  intent: Intent;
  /** Root fields selected (by field name, not alias), for coverage. */
  rootFields: string[];
  /** Connections selected, where to find them in the answer and where their cursors sit. */
  connections: ConnectionSite[];
}

interface ConnectionSite {
  /** Parent type and field, e.g. "Actor.partnerships". */
  coordinate: string;
  /** Response keys from the root of `data` to the connection (lists are walked through). */
  path: string[];
  /** Response keys from the connection to each cursor selected in it. */
  cursorPaths: string[][];
}

export interface GeneratorOptions {
  schema: GraphQLSchema;
  pool: ValuePool;
  seed: number;
  /** The server's limits; the defaults of src/http/limits.ts unless told. */
  limits?: QueryLimits;
  /** Share of operations that break a limit on purpose; 0.02 by default. */
  overLimitShare?: number;
  /** Deepest nesting of object types (root field's type counts 1; connection, edge and page info wrappers do not). */
  maxObjectLevels?: number;
  /** Most fields in one operation (fragments counted where written); 40 by default. */
  maxFields?: number;
  /**
   * Whether connections inside lists may get arguments the API refuses (pages over 100 or
   * negative, undecodable cursors, first and last together). Off by default: there the ordinary
   * path leaves promise rejections unhandled, e.g.
   * `{ technologies(first: 12) { nodes { parent { id } partnerships(first: 101) { totalCount } } } }`
   * leaves seven (one per item after the first failing one), which end a server process
   * (src/main.ts rethrows them) and make vitest fail the run. Such arguments are still sent to
   * connections outside lists.
   */
  refusedArgumentsInLists?: boolean;
}

export interface GeneratorStats {
  generated: number;
  /** Documents discarded because graphql-js found them invalid (then generated again). */
  discardedInvalid: number;
  /** Documents discarded because they broke a limit they were meant to keep. */
  discardedOverLimits: number;
  byIntent: Record<string, number>;
  /** `after`/`before` arguments given a cursor taken from an earlier answer (same list or another), over all attempts. */
  harvestedCursors: number;
}

interface FieldEntry {
  signature: string;
  child: Scope;
}
/** Response keys already used in a selection (merged over its fragments), to keep fields mergeable. */
type Scope = Map<string, FieldEntry>;

interface Ctx {
  /** Object levels still allowed, this one included. */
  levels: number;
  /** Field depth of the fields of this selection (root fields: 1). */
  depth: number;
  /** Response path of this selection; null where paths are not tracked (a reused fragment). */
  path: string[] | null;
  scope: Scope;
  /** The connection whose cursors this selection may hold, and the path from it. */
  site: ConnectionSite | null;
  rel: string[];
  /** Cost multiplier of this selection, as src/graphql/cost.ts counts. */
  mult: number;
}

interface FragmentDef {
  name: string;
  typeName: string;
  body: string;
  levels: number;
  depth: number;
}

interface VariableDef {
  name: string;
  type: string;
  defaultValue?: string;
}

/** An enum value, printed bare in a literal and as its name in variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

/** A variable inside a literal (an input object's field, a list's item). */
class VariableRef {
  constructor(readonly name: string) {}
}

/** State of one document being built. */
class Build {
  fields = 0;
  aliases = 0;
  directives = 0;
  aliasCounter = 0;
  variables: VariableDef[] = [];
  values: Record<string, unknown> = {};
  fragments: FragmentDef[] = [];
  connections: ConnectionSite[] = [];
  rootFields: string[] = [];
  constructor(readonly maxFields: number) {}
}

const CURSOR_FIELDS = new Set(['cursor', 'startCursor', 'endCursor']);
/** Fields computed by aggregating for each parent row; slow (seconds on PGlite) under long lists. */
const AGGREGATES = new Set(['Country.partnerCountries']);

export class OperationGenerator {
  readonly stats: GeneratorStats = {
    generated: 0,
    discardedInvalid: 0,
    discardedOverLimits: 0,
    byIntent: {},
    harvestedCursors: 0,
  };
  /** How often each field (Type.field) was selected. */
  readonly coverage = new Map<string, number>();
  private readonly random: Random;
  private readonly schema: GraphQLSchema;
  private readonly pool: ValuePool;
  private readonly limits: QueryLimits;
  private readonly overLimitShare: number;
  private readonly maxObjectLevels: number;
  private readonly maxFields: number;
  private readonly maxFieldDepth: number;
  private readonly refusedArgumentsInLists: boolean;
  /** Cursors seen in answers, by connection coordinate. */
  private readonly cursors = new Map<string, string[]>();
  private index = 0;
  private b = new Build(0);

  constructor(options: GeneratorOptions) {
    this.schema = options.schema;
    this.pool = options.pool;
    this.random = createRandom(options.seed);
    this.limits = options.limits ?? DEFAULTS.limits;
    this.overLimitShare = options.overLimitShare ?? 0.02;
    this.maxObjectLevels = options.maxObjectLevels ?? 5;
    this.maxFields = options.maxFields ?? 40;
    this.maxFieldDepth = this.limits.maxDepth - 1;
    this.refusedArgumentsInLists = options.refusedArgumentsInLists ?? false;
  }

  /** The next operation of the stream. */
  next(): GeneratedOperation {
    const index = this.index;
    this.index += 1;
    const r = this.random;
    const intent: Intent = r.chance(this.overLimitShare)
      ? r.pick<Intent>([
          'over-cost',
          'over-cost',
          'over-depth',
          'over-aliases',
          'over-directives',
          'over-tokens',
          'over-bytes',
        ])
      : 'within-limits';
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const op = intent === 'within-limits' ? this.ordinary(index) : this.overLimit(index, intent);
      const errors = validate(this.schema, parse(op.query));
      if (errors.length > 0) {
        this.stats.discardedInvalid += 1;
        continue;
      }
      if (intent === 'within-limits' && !this.withinLimits(op)) {
        this.stats.discardedOverLimits += 1;
        continue;
      }
      this.stats.generated += 1;
      this.stats.byIntent[intent] = (this.stats.byIntent[intent] ?? 0) + 1;
      for (const coordinate of this.lastCoverage)
        this.coverage.set(coordinate, (this.coverage.get(coordinate) ?? 0) + 1);
      return op;
    }
    throw new Error(`no valid operation after 50 attempts (operation ${index})`);
  }

  /**
   * Takes in the answer to an operation (the `data`), keeping the cursors it holds for later
   * `after`/`before` arguments of the same connections. Feed it the same answers in the same
   * order and the stream is the same.
   */
  observe(op: GeneratedOperation, data: unknown): void {
    if (!data || typeof data !== 'object') return;
    for (const site of op.connections) {
      for (const connection of walk(data, site.path)) {
        for (const cursorPath of site.cursorPaths) {
          for (const value of walk(connection, cursorPath))
            if (typeof value === 'string') this.keepCursor(site.coordinate, value);
        }
      }
    }
  }

  /** Fields reachable from Query that the stream has not selected so far. */
  uncovered(): string[] {
    const seen = new Set<string>();
    const missing: string[] = [];
    const visit = (type: GraphQLCompositeType) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      const concrete = isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type];
      for (const object of concrete) {
        if (object !== type) visit(object);
        if (!isObjectType(object)) continue;
        if (seen.has(`fields:${object.name}`)) continue;
        seen.add(`fields:${object.name}`);
        for (const field of Object.values(object.getFields())) {
          const coordinate = `${object.name}.${field.name}`;
          if (!this.coverage.has(coordinate)) missing.push(coordinate);
          const named = getNamedType(field.type);
          if (isCompositeType(named)) visit(named);
        }
      }
    };
    visit(this.schema.getQueryType()!);
    return missing;
  }

  // -------------------------------------------------------------------------------------------

  private lastCoverage: string[] = [];
  /** The last document assembled, without a second operation. */
  private mainDocument = '';

  private keepCursor(coordinate: string, cursor: string) {
    const list = this.cursors.get(coordinate) ?? [];
    if (list.includes(cursor)) return;
    list.push(cursor);
    if (list.length > 64) list.shift();
    this.cursors.set(coordinate, list);
  }

  private withinLimits(op: GeneratedOperation): boolean {
    const limits = this.limits;
    if (Buffer.byteLength(op.query, 'utf8') > limits.maxQueryBytes * 0.9) return false;
    if (countTokens(op.query) > limits.maxTokens * 0.9) return false;
    if (this.b.aliases > Math.min(limits.maxAliases - 2, 24)) return false;
    if (this.b.directives > Math.min(limits.maxDirectives - 2, 14)) return false;
    let complexity: number;
    try {
      // Counted on the document without the second operation, if any (the count takes the first).
      ({ complexity } = complexityFromQuery(this.mainDocument, { schema: this.schema, variables: op.variables }));
    } catch {
      // Variables the API refuses (a malformed global ID) stop the count; such operations are small.
      return true;
    }
    return complexity <= limits.maxCost * 0.9;
  }

  private ordinary(index: number): GeneratedOperation {
    const r = this.random;
    this.b = new Build(r.chance(0.3) ? r.between(3, 12) : r.between(10, this.maxFields));
    this.lastCoverage = [];
    const query = this.schema.getQueryType()!;
    const scope: Scope = new Map();
    const ctx: Ctx = { levels: this.maxObjectLevels + 1, depth: 1, path: [], scope, site: null, rel: [], mult: 1 };
    const count = r.weighted([
      [1, 60],
      [2, 25],
      [3, 10],
      [4, 5],
    ]);
    const parts: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const field = this.pickRootField(query);
      if (!field) continue;
      parts.push(...this.fieldSelections(query, field, ctx));
    }
    if (r.chance(0.05)) parts.splice(r.int(parts.length + 1), 0, '__typename');
    if (parts.length === 0) parts.push('__typename');
    // Root fields inside an inline fragment on Query (or without a type condition), or a named one.
    const roll = r.next();
    if (roll < 0.05) {
      const from = r.int(parts.length);
      const inner = parts.splice(from, r.between(1, parts.length - from));
      parts.splice(from, 0, `...${r.chance(0.5) ? ' on Query' : ''}${this.directive()} { ${inner.join(' ')} }`);
    } else if (roll < 0.08) {
      const name = `Root${index}`;
      this.b.fragments.push({
        name,
        typeName: query.name,
        body: parts.join(' '),
        levels: ctx.levels,
        depth: ctx.depth,
      });
      parts.splice(0, parts.length, `...${name}`);
      if (r.chance(0.3)) parts.push('__typename');
    }
    return this.assemble(index, 'within-limits', parts.join(' '));
  }

  private pickRootField(query: GraphQLObjectType): GraphQLField<unknown, unknown> | null {
    const weights: Record<string, number> = {
      actor: 3,
      country: 2,
      technology: 2,
      partnership: 2,
      article: 2,
      event: 2,
      actors: 2,
      partnerships: 2,
      articles: 2,
      countries: 1.5,
      technologies: 1.5,
      events: 2,
      node: 1.5,
      nodes: 1.5,
      search: 0.5,
      path: 0.3,
      neighbourhood: 0.4,
      mostConnectedActors: 0.4,
      cooperationTimeline: 0.4,
    };
    const fields = Object.values(query.getFields()).filter((f) => !f.name.startsWith('__'));
    if (fields.length === 0) return null;
    // Fields not named above (added later) take part too, if their arguments can be filled.
    return this.random.weighted(fields.map((f) => [f, weights[f.name] ?? 0.5] as const));
  }

  /** A document from its root selection, the variables and fragments used. */
  private assemble(index: number, intent: Intent, selection: string): GeneratedOperation {
    const r = this.random;
    const b = this.b;
    const fragments = b.fragments.map((f) => `fragment ${f.name} on ${f.typeName} { ${f.body} }`);
    const used = (name: string) =>
      new RegExp(`\\$${name}\\b`).test(selection) || fragments.some((f) => new RegExp(`\\$${name}\\b`).test(f));
    const variables = b.variables.filter((v) => used(v.name));
    const values = Object.fromEntries(
      Object.entries(b.values).filter(([name]) => variables.some((v) => v.name === name)),
    );
    const definitions =
      variables.length > 0
        ? `(${variables.map((v) => `$${v.name}: ${v.type}${v.defaultValue !== undefined ? ` = ${v.defaultValue}` : ''}`).join(', ')})`
        : '';
    let operationName: string | undefined;
    let header: string;
    const style = r.weighted([
      ['named', 6],
      ['anonymous', 2],
      ['shorthand', definitions === '' ? 2 : 0],
    ] as const);
    if (style === 'named') {
      operationName = `Random${index}`;
      header = `query ${operationName}${definitions} `;
    } else {
      header = style === 'anonymous' ? `query${definitions} ` : '';
    }
    const documentParts = [`${header}{ ${selection} }`, ...fragments];
    this.mainDocument = documentParts.join('\n');
    // Sometimes the document holds a second operation, and the request names the one to run.
    if (operationName && r.chance(0.04)) {
      const other = `query Other${index} { __typename countries(first: 1) { totalCount } }`;
      documentParts.splice(r.chance(0.5) ? 0 : documentParts.length, 0, other);
    }
    const query = r.chance(0.5) ? documentParts.join('\n') : documentParts.join('\n\n');
    return {
      index,
      query,
      variables: values,
      ...(operationName ? { operationName } : {}),
      intent,
      rootFields: [...b.rootFields],
      connections: [...b.connections],
    };
  }

  // -------------------------------------------------------------------------------------------
  // Selections.

  /** The inside of a selection set on `type` (without braces); never empty. */
  private selection(type: GraphQLCompositeType, ctx: Ctx): string {
    const parts = isAbstractType(type) ? this.abstractSelection(type, ctx) : this.objectSelection(type, ctx);
    return parts.length > 0 ? parts.join(' ') : '__typename';
  }

  private abstractSelection(type: GraphQLAbstractType, ctx: Ctx): string[] {
    const r = this.random;
    const parts: string[] = [];
    if (r.chance(0.6)) parts.push('__typename');
    if (isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (r.chance(0.6)) parts.push(...this.fieldSelections(type, field, ctx));
      }
    }
    const possible = this.schema.getPossibleTypes(type);
    for (const object of r.shuffle(possible)) {
      if (!r.chance(possible.length > 3 ? 0.4 : 0.6)) continue;
      if (r.chance(0.15)) {
        const spread = this.namedFragment(object, ctx);
        if (spread) {
          parts.push(spread);
          continue;
        }
      }
      parts.push(`... on ${object.name}${this.directive()} { ${this.selection(object, ctx)} }`);
    }
    // An interface's fields through a fragment on the interface, inside a union or the interface.
    if (r.chance(0.08)) {
      const node = this.schema.getType('Node');
      if (node && isInterfaceType(node) && (type === node || possible.every((p) => p.getInterfaces().includes(node)))) {
        parts.push(
          `... on Node { ${this.fieldSelections(node, node.getFields().id!, ctx).join(' ') || '__typename'} }`,
        );
      }
    }
    return parts;
  }

  private objectSelection(type: GraphQLObjectType, ctx: Ctx): string[] {
    const r = this.random;
    const fields = this.pickFields(type, ctx);
    const parts: string[] = [];
    for (const field of fields) parts.push(...this.fieldSelections(type, field, ctx));
    if (r.chance(0.07)) parts.splice(r.int(parts.length + 1), 0, '__typename');
    // Some of the fields inside an inline fragment: on the type itself, or without a type condition.
    if (parts.length >= 2 && r.chance(0.1)) {
      const from = r.int(parts.length - 1);
      const to = r.between(from + 1, parts.length);
      const inner = parts.splice(from, to - from);
      const condition = r.chance(0.6) ? ` on ${type.name}` : '';
      parts.splice(from, 0, `...${condition}${this.directive()} { ${inner.join(' ')} }`);
    }
    // More of the type through a named fragment.
    if (r.chance(0.07)) {
      const spread = this.namedFragment(type, ctx);
      if (spread) parts.splice(r.int(parts.length + 1), 0, spread);
    }
    return parts;
  }

  /** A spread of a named fragment on `type`: an earlier one that fits here, or a new one. */
  private namedFragment(type: GraphQLObjectType, ctx: Ctx): string | null {
    const r = this.random;
    const b = this.b;
    if (b.fields >= b.maxFields) return null;
    const fits = b.fragments.filter((f) => f.typeName === type.name && f.levels <= ctx.levels && f.depth >= ctx.depth);
    if (fits.length > 0 && r.chance(0.6)) return `...${r.pick(fits).name}${this.directive()}`;
    const name = `${type.name}Fields${b.fragments.length + 1}`;
    const body = this.selection(type, ctx);
    b.fragments.push({ name, typeName: type.name, body, levels: ctx.levels, depth: ctx.depth });
    return `...${name}${this.directive()}`;
  }

  private pickFields(type: GraphQLObjectType, ctx: Ctx): GraphQLField<unknown, unknown>[] {
    const r = this.random;
    const all = Object.values(type.getFields()).filter((f) => !f.name.startsWith('__'));
    const full = this.b.fields >= this.b.maxFields;
    const canNest = (f: GraphQLField<unknown, unknown>) => {
      const named = getNamedType(f.type);
      if (!isCompositeType(named)) return true;
      if (full) return false;
      // Room for the field's own selection (a connection's: edges, node, its fields) under the depth limit.
      if (ctx.depth + (isConnection(named) ? 3 : 1) > this.maxFieldDepth) return false;
      // Lists and connections multiply the cost: deep inside big pages, no more of them (a
      // connection's own edges and nodes are counted with it).
      if (isConnection(named)) return ctx.mult <= 30;
      if (isWrapper(named)) return true;
      if (isListOutput(f.type) && !isConnection(type) && ctx.mult > 200) return false;
      // Fields that aggregate per row (a view), kept out of long lists: they take seconds there.
      if (ctx.mult > 20 && AGGREGATES.has(`${type.name}.${f.name}`)) return false;
      return ctx.levels > 1;
    };
    if (isConnection(type)) {
      const picked = all.filter((f) => {
        if (f.name === 'edges') return r.chance(0.55);
        if (f.name === 'nodes') return r.chance(0.5);
        if (f.name === 'totalCount') return r.chance(0.45);
        if (f.name === 'pageInfo') return r.chance(0.4);
        return r.chance(0.3);
      });
      if (picked.length === 0)
        picked.push(r.pick(all.filter((f) => ['edges', 'nodes', 'totalCount'].includes(f.name))) ?? all[0]!);
      return r.shuffle(picked);
    }
    if (isEdge(type)) {
      const picked = all.filter((f) => (f.name === 'node' ? r.chance(0.85) : r.chance(0.5)));
      if (picked.length === 0) picked.push(r.pick(all));
      return r.shuffle(picked);
    }
    if (type.name === 'PageInfo') {
      const picked = all.filter(() => r.chance(0.5));
      if (picked.length === 0) picked.push(r.pick(all));
      return r.shuffle(picked);
    }
    const candidates = all.filter(canNest);
    const leaves = candidates.filter((f) => isLeafType(getNamedType(f.type)));
    const objects = candidates.filter((f) => !isLeafType(getNamedType(f.type)));
    const wanted = full
      ? 1
      : r.weighted([
          [1, 3],
          [2, 4],
          [3, 4],
          [4, 3],
          [5, 2],
          [7, 1],
        ]);
    const objectShare = ctx.levels > 2 ? 0.4 : 0.25;
    const picked: GraphQLField<unknown, unknown>[] = [];
    const leafPool = r.shuffle(leaves);
    const objectPool = r.shuffle(objects);
    while (picked.length < wanted && (leafPool.length > 0 || objectPool.length > 0)) {
      const fromObjects = objectPool.length > 0 && (leafPool.length === 0 || r.chance(objectShare));
      picked.push((fromObjects ? objectPool : leafPool).shift()!);
    }
    return picked;
  }

  /** One or more selections of `field` (twins under other aliases, a merged repeat). */
  private fieldSelections(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, ctx: Ctx): string[] {
    const r = this.random;
    const out: string[] = [];
    const first = this.fieldSelection(parent, field, ctx, null);
    if (!first) return out;
    out.push(first.text);
    const hasArgs = field.args.length > 0;
    // The same field twice under two aliases, with other arguments (or the same ones).
    if ((hasArgs ? r.chance(0.1) : r.chance(0.03)) && this.b.aliases < 20 && this.b.fields < this.b.maxFields) {
      const twin = this.fieldSelection(parent, field, ctx, this.newAlias(field.name));
      if (twin) out.push(twin.text);
    }
    // The same response key and arguments again with another selection: the two merge into one field.
    if (first.child && r.chance(0.04) && this.b.fields < this.b.maxFields) {
      const named = getNamedType(field.type) as GraphQLCompositeType;
      // Paths are not tracked for the repeat: its cursors, if any, are the first selection's too.
      const again = this.selection(named, { ...first.child, path: null, site: null });
      out.push(`${first.head} { ${again} }`);
    }
    return out;
  }

  private newAlias(base: string): string {
    this.b.aliasCounter += 1;
    return `${base}${this.b.aliasCounter}`;
  }

  /**
   * A field with alias, arguments, directive and sub-selection; null when it cannot be added.
   * `head` is the alias, name and arguments without the directive; `child` the context of its selection.
   */
  private fieldSelection(
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    ctx: Ctx,
    forcedAlias: string | null,
  ): { text: string; head: string; child: Ctx | null } | null {
    const r = this.random;
    const b = this.b;
    const args = this.argumentsFor(parent, field, ctx);
    if (args === null) return null;
    let alias = forcedAlias ?? (r.chance(0.08) && b.aliases < 20 ? this.newAlias(field.name) : null);
    const signature = `${field.name}${args.text}:${String(field.type)}`;
    let key = alias ?? field.name;
    const existing = ctx.scope.get(key);
    if (existing && existing.signature !== signature) {
      if (b.aliases >= 22) return null;
      alias = this.newAlias(field.name);
      key = alias;
    }
    if (alias) b.aliases += 1;
    b.fields += 1;
    this.lastCoverage.push(`${parent.name}.${field.name}`);
    if (ctx.depth === 1 && parent === this.schema.getQueryType()) b.rootFields.push(field.name);
    const entry = ctx.scope.get(key) ?? { signature, child: new Map() };
    ctx.scope.set(key, entry);
    const head = `${alias ? `${alias}: ` : ''}${field.name}${args.text}`;
    const text = `${head}${this.directive()}`;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) {
      if (ctx.site && ctx.path && CURSOR_FIELDS.has(field.name) && (isEdge(parent) || parent.name === 'PageInfo'))
        ctx.site.cursorPaths.push([...ctx.rel, key]);
      return { text, head, child: null };
    }
    const child = this.childContext(parent, field, ctx, key, entry.child, args.pageSize);
    return { text: `${text} { ${this.selection(named, child)} }`, head, child };
  }

  private childContext(
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    ctx: Ctx,
    key: string,
    scope: Scope,
    pageSize: number | null,
  ): Ctx {
    const named = getNamedType(field.type) as GraphQLCompositeType;
    const path = ctx.path ? [...ctx.path, key] : null;
    let mult = ctx.mult;
    if (pageSize !== null) mult *= Math.max(pageSize, 1);
    else if (isListOutput(field.type) && !(isConnection(parent) && (field.name === 'edges' || field.name === 'nodes')))
      mult *= 10;
    const wrapper = isWrapper(named);
    let site: ConnectionSite | null = null;
    let rel: string[] = [];
    if (isConnection(named)) {
      if (path) {
        site = { coordinate: `${parent.name}.${field.name}`, path, cursorPaths: [] };
        this.b.connections.push(site);
      }
    } else if ((isEdge(named) || named.name === 'PageInfo') && ctx.site) {
      site = ctx.site;
      rel = [...ctx.rel, key];
    }
    return { levels: wrapper ? ctx.levels : ctx.levels - 1, depth: ctx.depth + 1, path, scope, site, rel, mult };
  }

  /** Sometimes @include or @skip, with a literal or a variable. */
  private directive(): string {
    const r = this.random;
    const b = this.b;
    if (b.directives >= 12 || !r.chance(0.06)) return '';
    b.directives += 1;
    const name = r.chance(0.5) ? 'include' : 'skip';
    let condition: string;
    if (r.chance(0.25)) {
      const variable = this.newVariableName();
      const value = r.chance(0.5);
      if (r.chance(0.3)) {
        // A nullable variable with a default may stand where Boolean! is expected; left out of the variables.
        b.variables.push({ name: variable, type: 'Boolean', defaultValue: String(value) });
      } else {
        b.variables.push({ name: variable, type: 'Boolean!' });
        b.values[variable] = value;
      }
      condition = `$${variable}`;
    } else {
      condition = String(r.chance(name === 'include' ? 0.75 : 0.25));
    }
    return ` @${name}(if: ${condition})`;
  }

  private newVariableName(): string {
    return `v${this.b.variables.length + 1}`;
  }

  // -------------------------------------------------------------------------------------------
  // Arguments.

  /** The printed arguments of a field and the page size it asks for; null when a required one cannot be filled. */
  private argumentsFor(
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    ctx: Ctx,
  ): { text: string; pageSize: number | null } | null {
    const r = this.random;
    if (field.args.length === 0) return { text: '', pageSize: isConnection(getNamedType(field.type)) ? 20 : null };
    const values = new Map<string, unknown>();
    const connection = isConnection(getNamedType(field.type));
    let pageSize: number | null = connection ? 20 : null;
    if (connection) {
      const paging = this.paging(parent, field, ctx);
      for (const [name, value] of Object.entries(paging.args)) values.set(name, value);
      pageSize = paging.size;
    }
    for (const arg of field.args) {
      if (values.has(arg.name) || (connection && ['first', 'last', 'after', 'before'].includes(arg.name))) continue;
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!required && !r.chance(arg.name === 'filter' ? 0.45 : 0.35)) continue;
      const value = this.argumentValue(field, arg);
      if (value === undefined) {
        if (required) return null;
        continue;
      }
      values.set(arg.name, value);
    }
    if (field.name === 'nodes' && Array.isArray(values.get('ids'))) pageSize = null;
    if (values.size === 0) return { text: '', pageSize };
    const printed: string[] = [];
    for (const arg of r.shuffle(field.args)) {
      if (!values.has(arg.name)) continue;
      const value = values.get(arg.name);
      if (r.chance(0.2)) {
        // As a variable: sometimes with the value as its default and left out of the variables.
        const name = this.newVariableName();
        const type = String(arg.type);
        if (value !== null && r.chance(0.15)) {
          this.b.variables.push({ name, type, defaultValue: literal(value) });
        } else {
          this.b.variables.push({ name, type });
          this.b.values[name] = toVariableValue(value);
        }
        printed.push(`${arg.name}: $${name}`);
      } else {
        printed.push(`${arg.name}: ${literal(this.innerVariables(value, arg.type))}`);
      }
    }
    return { text: `(${printed.join(', ')})`, pageSize };
  }

  /** A literal's value with, sometimes, one input field or list item made a variable (`filter: { country: $v1 }`). */
  private innerVariables(value: unknown, type: GraphQLInputType): unknown {
    const r = this.random;
    const nullable = getNullableType(type) as GraphQLInputType;
    if (!r.chance(0.15)) return value;
    const variable = (inner: unknown, innerType: GraphQLInputType) => {
      const name = this.newVariableName();
      this.b.variables.push({ name, type: String(innerType) });
      this.b.values[name] = toVariableValue(inner);
      return new VariableRef(name);
    };
    if (
      isInputObjectType(nullable) &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !(value instanceof EnumValue)
    ) {
      const keys = Object.keys(value);
      if (keys.length === 0) return value;
      const key = r.pick(keys);
      const fieldType = nullable.getFields()[key]!.type;
      return {
        ...(value as Record<string, unknown>),
        [key]: variable((value as Record<string, unknown>)[key], fieldType),
      };
    }
    if (isListType(nullable) && Array.isArray(value) && value.length > 0) {
      const i = r.int(value.length);
      const copy = [...value];
      copy[i] = variable(copy[i], nullable.ofType as GraphQLInputType);
      return copy;
    }
    return value;
  }

  /** first/last/after/before for a connection field, and the page size the cost counts. */
  private paging(
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    ctx: Ctx,
  ): { args: Record<string, unknown>; size: number } {
    const r = this.random;
    const has = (name: string) => field.args.some((a) => a.name === name);
    const coordinate = `${parent.name}.${field.name}`;
    // Arguments the API refuses: everywhere, or only outside lists (see refusedArgumentsInLists).
    const refusable = this.refusedArgumentsInLists || ctx.mult === 1;
    const cursor = (): string | undefined => {
      const own = this.cursors.get(coordinate) ?? [];
      if (refusable && r.chance(0.06)) return r.pick(BAD_CURSORS);
      if (own.length > 0 && r.chance(0.93)) {
        this.stats.harvestedCursors += 1;
        return r.pick(own);
      }
      // A cursor of another list: it may or may not be accepted, but alike by both paths.
      const others = [...this.cursors.values()].flat();
      if (others.length === 0 || !r.chance(0.3)) return undefined;
      this.stats.harvestedCursors += 1;
      return r.pick(others);
    };
    // Keep nested pages small enough that the cost stays under the limit.
    const cap = Math.max(1, Math.min(30, Math.floor(2000 / ctx.mult)));
    const size = () => {
      if (refusable && r.chance(0.03)) return r.pick([101, 150, -1]);
      if (r.chance(0.07)) return 0;
      const upper = r.weighted([
        [5, 6],
        [15, 3],
        [30, 1],
      ] as const);
      return r.between(1, Math.min(upper, cap));
    };
    const mode = r.weighted([
      ['default', 1.5],
      ['first', 5],
      ['first-after', has('after') ? 3 : 0],
      ['after', has('after') ? 0.7 : 0],
      ['last', has('last') ? 1.2 : 0],
      ['last-before', has('last') && has('before') ? 1.5 : 0],
      ['first-before', has('before') ? 0.4 : 0],
      ['last-after', has('last') && has('after') ? 0.3 : 0],
      ['first-last', has('last') && refusable ? 0.2 : 0],
    ] as const);
    const args: Record<string, unknown> = {};
    switch (mode) {
      case 'default':
        break;
      case 'first':
        args.first = size();
        break;
      case 'first-after':
        args.first = size();
        args.after = cursor();
        break;
      case 'after':
        args.after = cursor();
        break;
      case 'last':
        args.last = size();
        break;
      case 'last-before':
        args.last = size();
        args.before = cursor();
        break;
      case 'first-before':
        args.first = size();
        args.before = cursor();
        break;
      case 'last-after':
        args.last = size();
        args.after = cursor();
        break;
      case 'first-last':
        args.first = size();
        args.last = size();
        break;
    }
    for (const [k, v] of Object.entries(args)) if (v === undefined) delete args[k];
    if (r.chance(0.05) && args.after !== undefined) args.after = null;
    const first = typeof args.first === 'number' ? args.first : null;
    const last = typeof args.last === 'number' ? args.last : null;
    const asked = first ?? last ?? 20;
    return { args, size: Math.max(0, Math.min(asked, 100)) };
  }

  /** A value for an argument (not a connection's paging); undefined when none can be made. */
  private argumentValue(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): unknown {
    const r = this.random;
    const returns = getNamedType(field.type).name;
    const named = getNamedType(arg.type);
    switch (arg.name) {
      case 'slug':
        return this.slug(returns);
      case 'code':
        return this.countryCode();
      case 'id':
        return this.id();
      case 'ids': {
        const n = r.weighted([
          [0, 1],
          [1, 3],
          [3, 4],
          [8, 2],
          [20, 1],
        ] as const);
        return Array.from({ length: n }, () => (r.chance(0.1) ? r.pick(this.pool.globalIds) : this.id()));
      }
      case 'query':
        return this.searchText();
      case 'first':
        // A plain `first` (not a connection's): a count of items, 0 to 100.
        return r.chance(0.04) ? r.pick([101, -1]) : r.between(0, r.chance(0.5) ? 10 : 100);
      case 'maxHops':
        return r.chance(0.05) ? r.pick([0, 7]) : r.between(1, 4);
      case 'depth':
        return r.chance(0.05) ? r.pick([0, 4]) : r.between(1, r.chance(0.7) ? 2 : 3);
      case 'from':
      case 'to':
        if (named.name === 'String') return this.slug('Actor');
        break;
      case 'country':
        if (named.name === 'String') return this.countryCode();
        break;
      case 'technology':
        if (named.name === 'String') return this.slug('Technology');
        break;
    }
    return this.valueOfType(arg.type, arg.name, 0);
  }

  /** A value of an input type, guided by the name it is given under. */
  private valueOfType(type: GraphQLInputType, name: string, depth: number): unknown {
    const r = this.random;
    const nullable = getNullableType(type) as GraphQLInputType;
    if (isListType(nullable)) {
      const n = r.weighted([
        [0, 1],
        [1, 4],
        [2, 3],
        [3, 1],
      ] as const);
      const items: unknown[] = [];
      for (let i = 0; i < n; i += 1) {
        const item = this.valueOfType(nullable.ofType as GraphQLInputType, name, depth + 1);
        if (item !== undefined) items.push(item);
      }
      return items;
    }
    if (isEnumType(nullable)) return new EnumValue(r.pick(nullable.getValues()).name);
    if (isInputObjectType(nullable)) {
      if (depth > 2) return undefined;
      const out: Record<string, unknown> = {};
      for (const field of r.shuffle(Object.values(nullable.getFields()))) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && !r.chance(0.4)) continue;
        const value = this.inputFieldValue(field.name, field.type, depth + 1);
        if (value === undefined) {
          if (required) return undefined;
          continue;
        }
        out[field.name] = value;
      }
      return out;
    }
    switch (nullable.name) {
      case 'Int':
        return r.between(0, 10);
      case 'Float':
        return r.pick([0, 0.5, 1]);
      case 'Boolean':
        return r.chance(0.5);
      case 'ID':
        return this.id();
      case 'Date':
        return r.pick(this.pool.dates);
      case 'DateTime':
        return r.pick(this.pool.dateTimes);
      case 'String':
        return r.pick(this.pool.words);
      default:
        return undefined;
    }
  }

  /** A value for a field of an input object (a filter, an order). */
  private inputFieldValue(name: string, type: GraphQLInputType, depth: number): unknown {
    const r = this.random;
    const named = getNamedType(type);
    if (named.name === 'String') {
      switch (name) {
        case 'country':
          return this.countryCode();
        case 'technology':
        case 'parent':
          return this.slug('Technology');
        case 'actor':
          return this.slug('Actor');
        case 'name': {
          const word = r.pick(this.pool.words);
          return r.chance(0.3) ? word.toLowerCase().slice(0, Math.max(2, word.length - 2)) : word;
        }
      }
    }
    if (r.chance(0.05) && !isNonNullType(type)) return null;
    return this.valueOfType(type, name, depth);
  }

  private slug(typename: string): string {
    const r = this.random;
    const real = this.pool.slugs[typename] ?? [];
    const roll = r.next();
    if (typename === 'Actor' && this.pool.mergedSlugs.length > 0 && roll < 0.05) return r.pick(this.pool.mergedSlugs);
    if (real.length > 0 && roll < 0.87) return r.pick(real);
    if (roll < 0.96) return r.pick(UNKNOWN_SLUGS);
    return r.pick(MALFORMED_SLUGS);
  }

  private countryCode(): string {
    const r = this.random;
    const roll = r.next();
    if (roll < 0.75) return r.pick(this.pool.countryCodes);
    if (roll < 0.85) return r.pick(this.pool.countryCodes).toLowerCase();
    if (roll < 0.94) return r.pick(UNKNOWN_CODES);
    return r.pick(MALFORMED_CODES);
  }

  private id(): string {
    const r = this.random;
    const roll = r.next();
    if (roll < 0.86) return r.pick(this.pool.globalIds);
    if (roll < 0.94) return r.pick(UNKNOWN_IDS);
    return r.pick(MALFORMED_IDS);
  }

  private searchText(): string {
    const r = this.random;
    const words = this.pool.words;
    return r.weighted([
      [r.pick(words), 5],
      [`${r.pick(words)} ${r.pick(words)}`, 2],
      [`"${r.pick(words)} ${r.pick(words)}"`, 1],
      [`${r.pick(words)} or ${r.pick(words)}`, 1],
      [`${r.pick(words)} -${r.pick(words)}`, 1],
      ['', 0.3],
      ['x'.repeat(201), 0.2],
    ] as const);
  }

  // -------------------------------------------------------------------------------------------
  // Operations that break a limit on purpose.

  private overLimit(index: number, intent: Intent): GeneratedOperation {
    const r = this.random;
    this.b = new Build(1000);
    this.lastCoverage = [];
    const limits = this.limits;
    const slug = () => r.pick(this.pool.slugs.Actor ?? ['vietnam']);
    let selection: string;
    switch (intent) {
      case 'over-cost':
        selection = r.chance(0.5)
          ? `actors(first: 100) { nodes { name partnerships(first: 100) { nodes { title parties { role actor { name } } } } } }`
          : `countries(first: 100) { edges { node { code partnerships(first: 60) { totalCount nodes { slug countries { code } technologies { slug } } } } } }`;
        break;
      case 'over-depth': {
        // actor -> parent -> parent ... deeper than the limit.
        let inner = 'slug';
        for (let i = 0; i < limits.maxDepth + 1; i += 1) inner = `parent { ${inner} }`;
        selection = `actor(slug: ${JSON.stringify(slug())}) { ${inner} }`;
        break;
      }
      case 'over-aliases': {
        const n = limits.maxAliases + 1 + r.int(5);
        selection = Array.from(
          { length: n },
          (_, i) => `c${i}: country(code: ${JSON.stringify(r.pick(this.pool.countryCodes))}) { name }`,
        ).join(' ');
        break;
      }
      case 'over-directives': {
        const n = limits.maxDirectives + 1 + r.int(5);
        selection = `actor(slug: ${JSON.stringify(slug())}) { ${Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'name @include(if: true)' : 'slug @skip(if: false)')).join(' ')} }`;
        break;
      }
      case 'over-tokens': {
        const n = limits.maxTokens + 10;
        selection = `nodes(ids: [${Array.from({ length: n }, () => '1').join(' ')}]) { id }`;
        break;
      }
      default: // 'over-bytes'
        selection = `actor(slug: ${JSON.stringify('a'.repeat(limits.maxQueryBytes + 10))}) { name }`;
        break;
    }
    return this.assemble(index, intent, selection);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers.

function isConnection(type: GraphQLOutputType | GraphQLCompositeType): boolean {
  const named = getNamedType(type);
  if (!isObjectType(named)) return false;
  const fields = named.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

function isEdge(type: GraphQLOutputType | GraphQLCompositeType): boolean {
  const named = getNamedType(type);
  if (!isObjectType(named)) return false;
  const fields = named.getFields();
  return 'cursor' in fields && 'node' in fields;
}

/** Connection, edge and page-info types: they do not count as an object level. */
function isWrapper(type: GraphQLCompositeType): boolean {
  return isConnection(type) || isEdge(type) || type.name === 'PageInfo';
}

function isListOutput(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** A GraphQL literal for a value made by the generator. */
function literal(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (value instanceof VariableRef) return `$${value.name}`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

function toVariableValue(value: unknown): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(toVariableValue);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toVariableValue(v)]));
  return value;
}

/** Lexical tokens of a document, as the token limit counts them (punctuation included). */
function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) n += 1;
  return n;
}

/** The values at a path of response keys, walking through lists. */
function walk(value: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [value];
  for (const key of path) {
    const next: unknown[] = [];
    const visit = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && key in v) next.push((v as Record<string, unknown>)[key]);
    };
    current.forEach(visit);
    current = next;
  }
  const flat: unknown[] = [];
  const flatten = (v: unknown) => (Array.isArray(v) ? v.forEach(flatten) : flat.push(v));
  current.forEach(flatten);
  return flat;
}
