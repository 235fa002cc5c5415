// The floor: for each canonical query, one hand-written SQL statement that builds exactly the
// JSON the API returns as `data` (json_build_object / json_agg, the API's orderings, global IDs
// and cursors encoded in SQL as the Pothos plugins encode them), so that the floor server only
// passes the text through. What the API costs beyond this is the price of the GraphQL layer.
//
// Encodings, as @pothos/plugin-relay and @pothos/plugin-drizzle write them:
//   global ID          base64("<Type>:<id>")
//   cursor, one key    base64("DC:N:<id>")                        (partnership_parties.id, partnerships.id)
//   cursor, two keys   base64('DC:T:["S:<published_at as text>","N:<id>"]')  (articles by publishedAt, id)
// PostgreSQL's base64 breaks lines every 76 characters; Node's does not, hence the translate().
// DateTime values are what graphql-scalars prints for a JS Date: UTC with milliseconds.
import type { QueryName, Variables } from './queries.ts';

export interface FloorStatement {
  text: string;
  params: unknown[];
}

const base64 = (textExpression: string) =>
  `translate(encode(convert_to(${textExpression}, 'UTF8'), 'base64'), E'\\n', '')`;
const globalId = (type: string, idExpression: string) => base64(`'${type}:' || ${idExpression}`);
const cursorOfKey = (idExpression: string) => base64(`'DC:N:' || ${idExpression}`);
const isoDateTime = (expression: string) =>
  `to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const enumValue = (expression: string) => `upper(${expression}::text)`;
/** A JSON list that is [] rather than null when there are no rows. */
const list = (aggregate: string) => `coalesce((${aggregate}), '[]'::json)`;

function required(variables: Variables, name: string): string {
  const value = variables[name];
  if (typeof value !== 'string')
    throw new Error(`floor: variable ${name} must be a string (got ${JSON.stringify(value)})`);
  return value;
}

// Pages (Q1, Q3) take their keys from an index-only top-N over the composite (owner, key) index and
// only then read the rows: with the owner behind a subquery the planner guesses an average owner
// (about 20 rows) and would read all 4,500 rows of the hub from the heap to sort them.

/** Q1: the actor, its 20 most recent partnerships (edges carry the role), each with parties, technologies and sources. */
function actorPartnerships(variables: Variables): FloorStatement {
  const text = `
with actor as (select id, slug, name, kind from actors where slug = $1),
page as (
  select pp.id, pp.role, pp.partnership_id from partnership_parties pp
  where pp.id in (select id from partnership_parties where actor_id = (select id from actor) order by id desc limit 21)
),
shown as (select * from page order by id desc limit 20)
select json_build_object('actor', (
  select json_build_object(
    'id', ${globalId('Actor', 'a.id')}, 'slug', a.slug, 'name', a.name, 'kind', ${enumValue('a.kind')},
    'partnerships', json_build_object(
      'totalCount', (select count(*)::int from partnership_parties c where c.actor_id = a.id),
      'pageInfo', json_build_object(
        'hasNextPage', (select count(*) from page) > 20,
        'endCursor', (select ${cursorOfKey('min(s.id)')} from shown s)),
      'edges', ${list(`
        select json_agg(json_build_object('role', s.role, 'node', json_build_object(
          'id', ${globalId('Partnership', 'p.id')}, 'slug', p.slug, 'title', p.title, 'kind', ${enumValue('p.kind')}, 'startedOn', p.started_on,
          'parties', ${list(`
            select json_agg(json_build_object('role', q.role, 'actor', json_build_object(
              'id', ${globalId('Actor', 'x.id')}, 'slug', x.slug, 'name', x.name,
              'country', (select json_build_object('code', k.code, 'name', k.name) from countries k where k.id = x.country_id))) order by q.id)
            from partnership_parties q join actors x on x.id = q.actor_id where q.partnership_id = p.id`)},
          'technologies', ${list(`
            select json_agg(json_build_object('slug', t.slug, 'name', t.name) order by t.name, t.id)
            from partnership_technologies pt join technologies t on t.id = pt.technology_id where pt.partnership_id = p.id`)},
          'sources', ${list(`
            select json_agg(json_build_object('article', json_build_object('title', r.title, 'publishedAt', ${isoDateTime('r.published_at')})) order by e.id)
            from evidence e join articles r on r.id = e.article_id where e.partnership_id = p.id`)}
        )) order by s.id desc)
        from shown s join partnerships p on p.id = s.partnership_id`)}))
  from actor a))::text as data`;
  return { text, params: [required(variables, 'slug')] };
}

/** Q2: the 50 newest articles mentioning the country and the technology (or one below it), with their mentions. */
function newestArticles(variables: Variables): FloorStatement {
  // The same EXISTS filters as src/knowledge/filters.ts, and each article's lists built as the
  // API's statement builds them: LATERAL aggregates over ordered subqueries, below the LIMIT. The
  // country sits behind a subquery, so the planner guesses an average country; the per-row cost
  // of those laterals is what steers it to walk the published_at index (7 ms for VN). With the
  // lists written as scalar subqueries, or built after the page, it joined every mention of the
  // country and sorted instead (0.7 to 2.5 s for VN).
  const text = `
select json_build_object('articles', json_build_object(
  'pageInfo', json_build_object(
    'hasNextPage', count(*) > 50,
    'endCursor', (array_agg(${base64(`'DC:T:["S:' || page.published_at::text || '","N:' || page.id || '"]'`)} order by page.position desc) filter (where page.position <= 50))[1]),
  'nodes', ${list(`json_agg(json_build_object(
      'id', ${globalId('Article', 'page.id')}, 'slug', page.slug, 'title', page.title, 'publishedAt', ${isoDateTime('page.published_at')},
      'actors', page.actors, 'countries', page.countries, 'technologies', page.technologies
    ) order by page.position) filter (where page.position <= 50)`)}))::text as data
from (
  select limited.*, row_number() over (order by limited.published_at desc, limited.id desc) as position from (
  select a.id, a.slug, a.title, a.published_at, actors.list as actors, countries.list as countries, technologies.list as technologies
  from articles a
  left join lateral (select coalesce(json_agg(row_to_json(l.*)), '[]'::json) as list from (
    select x.slug, x.name from actor_mentions m join actors x on x.id = m.actor_id where m.article_id = a.id order by x.name, x.id) l) actors on true
  left join lateral (select coalesce(json_agg(row_to_json(l.*)), '[]'::json) as list from (
    select k.code, k.name from country_mentions m join countries k on k.id = m.country_id where m.article_id = a.id order by k.code) l) countries on true
  left join lateral (select coalesce(json_agg(row_to_json(l.*)), '[]'::json) as list from (
    select t.slug, t.name from technology_mentions m join technologies t on t.id = m.technology_id where m.article_id = a.id order by t.name, t.id) l) technologies on true
  where exists (select 1 from country_mentions m where m.article_id = a.id
                  and m.country_id = (select id from countries where code = upper($1)))
    and exists (select 1 from technology_mentions m where m.article_id = a.id and m.technology_id in (
                  with recursive tree(id) as (
                    select id from technologies where slug = $2
                    union
                    select child.id from technologies child join tree on child.parent_id = tree.id)
                  select id from tree))
  order by a.published_at desc, a.id desc limit 51
  ) limited
) page`;
  return { text, params: [required(variables, 'country'), required(variables, 'technology')] };
}

/** Q3: a page of 50 of a country's partnerships after a cursor, most recently recorded first, with parties. */
function countryPartnershipsPage(variables: Variables): FloorStatement {
  const after = variables.after;
  if (after !== undefined && after !== null && typeof after !== 'string')
    throw new Error('floor: variable after must be a string or null');
  // The cursor is decoded in SQL ('DC:N:' is five characters); without one there is no bound,
  // rather than an "is null or" that a generic plan could not use the primary key for.
  const bound =
    typeof after === 'string' ? `and partnership_id < substr(convert_from(decode($2, 'base64'), 'UTF8'), 6)::int` : '';
  const text = `
with country as (select id, code, name from countries where code = upper($1)),
page as (
  select p.id, p.slug, p.title, p.kind from partnerships p
  where p.id in (select partnership_id from partnership_countries
                 where country_id = (select id from country) ${bound} order by partnership_id desc limit 51)
),
shown as (select * from page order by id desc limit 50)
select json_build_object('country', (
  select json_build_object('code', c.code, 'name', c.name,
    'partnerships', json_build_object(
      'pageInfo', json_build_object(
        'hasNextPage', (select count(*) from page) > 50,
        'endCursor', (select ${cursorOfKey('min(s.id)')} from shown s)),
      'nodes', ${list(`
        select json_agg(json_build_object(
          'id', ${globalId('Partnership', 's.id')}, 'slug', s.slug, 'title', s.title, 'kind', ${enumValue('s.kind')},
          'parties', ${list(`select json_agg(json_build_object('role', q.role, 'actor', json_build_object('slug', x.slug, 'name', x.name)) order by q.id)
                            from partnership_parties q join actors x on x.id = q.actor_id where q.partnership_id = s.id`)}
        ) order by s.id desc) from shown s`)}))
  from country c))::text as data`;
  return {
    text,
    params: typeof after === 'string' ? [required(variables, 'code'), after] : [required(variables, 'code')],
  };
}

/** Q4: the hub's 50 most shared collaborators, with the counts and the total. */
function hubCollaborators(variables: Variables): FloorStatement {
  // actor_collaborations is a table kept in step by triggers, with an index in ranking order;
  // the page's keys come from that index alone, as for Q1 and Q3.
  const text = `
with actor as (select id, slug, name from actors where slug = $1),
shown as (
  select c.collaborator_id, c.partnership_count, c.event_count, c.shared_count
  from (select actor_id, collaborator_id from actor_collaborations where actor_id = (select id from actor)
        order by shared_count desc, collaborator_id limit 50) k
  join actor_collaborations c on c.actor_id = k.actor_id and c.collaborator_id = k.collaborator_id
)
select json_build_object('actor', (
  select json_build_object('slug', a.slug, 'name', a.name,
    'collaborators', json_build_object(
      'totalCount', (select count(*)::int from actor_collaborations c where c.actor_id = a.id),
      'edges', ${list(`
        select json_agg(json_build_object(
          'partnershipCount', s.partnership_count, 'eventCount', s.event_count, 'sharedCount', s.shared_count,
          'node', json_build_object('slug', x.slug, 'name', x.name, 'kind', ${enumValue('x.kind')},
            'country', (select json_build_object('code', k.code) from countries k where k.id = x.country_id))
        ) order by s.shared_count desc, s.collaborator_id)
        from shown s join actors x on x.id = s.collaborator_id`)}))
  from actor a))::text as data`;
  return { text, params: [required(variables, 'slug')] };
}

/**
 * Q5: the objects behind 20 global IDs, in the order given, null for an ID that names nothing.
 * `kind` is aliased per type in the document (actorKind, partnershipKind): two enum types under
 * one response key would not validate.
 */
function nodeRefetch(variables: Variables): FloorStatement {
  const ids = variables.ids;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
    throw new Error('floor: variable ids must be a list of strings');
  const text = `
with wanted as (
  select i.ord, split_part(d.decoded, ':', 1) as typename, split_part(d.decoded, ':', 2)::int as key
  from unnest($1::text[]) with ordinality as i(global_id, ord),
  lateral (select convert_from(decode(i.global_id, 'base64'), 'UTF8') as decoded) d
)
select json_build_object('nodes', ${list(`
  select json_agg(case w.typename
    when 'Actor' then (select json_build_object('__typename', 'Actor', 'id', ${globalId('Actor', 'x.id')}, 'slug', x.slug, 'name', x.name, 'actorKind', ${enumValue('x.kind')}) from actors x where x.id = w.key)
    when 'Partnership' then (select json_build_object('__typename', 'Partnership', 'id', ${globalId('Partnership', 'x.id')}, 'slug', x.slug, 'title', x.title, 'partnershipKind', ${enumValue('x.kind')}) from partnerships x where x.id = w.key)
    when 'Article' then (select json_build_object('__typename', 'Article', 'id', ${globalId('Article', 'x.id')}, 'slug', x.slug, 'title', x.title, 'publishedAt', ${isoDateTime('x.published_at')}) from articles x where x.id = w.key)
    when 'Event' then (select json_build_object('__typename', 'Event', 'id', ${globalId('Event', 'x.id')}, 'slug', x.slug, 'title', x.title, 'occurredOn', x.occurred_on) from events x where x.id = w.key)
    when 'Technology' then (select json_build_object('__typename', 'Technology', 'id', ${globalId('Technology', 'x.id')}, 'slug', x.slug, 'name', x.name) from technologies x where x.id = w.key)
    when 'Country' then (select json_build_object('__typename', 'Country', 'id', ${globalId('Country', 'x.id')}, 'code', x.code, 'name', x.name) from countries x where x.id = w.key)
  end order by w.ord) from wanted w`)})::text as data`;
  return { text, params: [ids] };
}

export const floorStatements: Record<QueryName, (variables: Variables) => FloorStatement> = {
  q1: actorPartnerships,
  q2: newestArticles,
  q3: countryPartnershipsPage,
  q4: hubCollaborators,
  q5: nodeRefetch,
};
