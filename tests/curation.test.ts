// Curation: merging duplicate actors through the API. Everything the merged actor had moves to
// the survivor (and can be walked to from it), duplicates fold into one without losing sources,
// the merged slug keeps resolving, the merge is recorded, and a refused or failed merge writes
// nothing.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  actorMentions,
  actors,
  affiliations,
  articles,
  countries,
  eventParticipants,
  events,
  evidence,
  partnershipParties,
  partnerships,
  type NewActor,
} from '../schema/tables.ts';
import { resolveActorSlug } from '../src/knowledge/curation.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';

const US_ARTICLE = '2025-09-29-vietnam-us-deepen-cooperation-in-science-and-technology';
const UK_ARTICLE = '2025-11-04-vietnam-uk-experts-explore-tech-cooperation-and-innovation';
const MINISTRY = 'vietnam-ministry-of-science-and-technology';

const TABLES = [
  'actors',
  'actor_merges',
  'affiliations',
  'partnerships',
  'partnership_parties',
  'events',
  'event_participants',
  'evidence',
  'actor_mentions',
  'articles',
];

const MERGE = `mutation Merge($input: MergeActorsInput!) {
  mergeActors(input: $input) {
    survivor { slug name }
    merge { mergedSlug mergedName note mergedAt survivor { slug } }
    moved { aliases partnerships events affiliations mentions children earlierMerges collapsed evidence }
    errors { code message field }
  }
}`;

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

afterAll(async () => {
  await app?.close();
});

const query = <T = any>(source: string, variables?: Record<string, unknown>): Promise<T> =>
  app.query<T>(source, variables);

async function merge(input: { survivor: string; merged: string; note?: string; force?: boolean }) {
  return (await query(MERGE, { input })).mergeActors;
}

const idOf = async (
  table: typeof actors | typeof articles | typeof partnerships | typeof events,
  slug: string,
): Promise<number> => {
  const [row] = await app.db
    .select({ id: table.id })
    .from(table as typeof actors)
    .where(eq((table as typeof actors).slug, slug));
  if (!row) throw new Error(`no row with slug ${slug}`);
  return row.id;
};

const countryId = async (code: string): Promise<number> =>
  (await app.db.select({ id: countries.id }).from(countries).where(eq(countries.code, code)))[0]!.id;

async function createActor(actor: Omit<NewActor, 'countryId'> & { country?: string }): Promise<number> {
  const { country, ...rest } = actor;
  const [row] = await app.db
    .insert(actors)
    .values({ ...rest, countryId: country ? await countryId(country) : null })
    .returning({ id: actors.id });
  return row!.id;
}

/** Facts that must hold after any merge: nothing points at a deleted actor, every merge record at a live one. */
async function expectConsistentGraph(): Promise<void> {
  const dangling = await app.rows<{ n: number }>(`
    select (
      (select count(*) from actor_merges m where not exists (select 1 from actors a where a.id = m.survivor_id)) +
      (select count(*) from actor_merges m where exists (select 1 from actors a where a.slug = m.merged_slug and a.id <> m.survivor_id)) +
      (select count(*) from partnership_parties p where not exists (select 1 from actors a where a.id = p.actor_id)) +
      (select count(*) from event_participants p where not exists (select 1 from actors a where a.id = p.actor_id)) +
      (select count(*) from actor_mentions m where not exists (select 1 from actors a where a.id = m.actor_id)) +
      (select count(*) from affiliations f where not exists (select 1 from actors a where a.id = f.person_id))
    )::int as n`);
  expect(Number(dangling[0]!.n)).toBe(0);
}

describe('merging a duplicate ministry into the curated one', () => {
  let before: Record<string, number>;
  let merged: any;

  beforeAll(async () => {
    // "MoST": the same ministry, created twice under another slug, with facts of its own and
    // facts that repeat the curated ministry's.
    const vietnam = await idOf(actors, 'vietnam');
    const most = await createActor({
      slug: 'most-vietnam',
      name: 'MoST',
      kind: 'government_body',
      description: null,
      parentId: vietnam,
      aliases: ['most', 'Bộ Khoa học và Công nghệ', 'Ministry of Science & Technology', 'MoST'],
    });
    await createActor({
      slug: 'most-innovation-agency',
      name: 'MoST Innovation Agency',
      kind: 'government_body',
      country: 'VN',
      parentId: most,
    });
    const ministry = await idOf(actors, MINISTRY);
    const usArticle = await idOf(articles, US_ARTICLE);
    const ukArticle = await idOf(articles, UK_ARTICLE);
    const [newArticle] = await app.db
      .insert(articles)
      .values({
        slug: 'most-announces-ai-fund',
        title: 'MoST announces an AI fund',
        publishedAt: '2025-12-01T09:00:00+07:00',
      })
      .returning({ id: articles.id });

    // A partnership of its own, with its source.
    const [own] = await app.db
      .insert(partnerships)
      .values({ slug: 'most-kaist-ai-mou', title: 'MoST–KAIST MoU on AI research', kind: 'mou', status: 'signed' })
      .returning({ id: partnerships.id });
    await app.db.insert(partnershipParties).values([
      { partnershipId: own!.id, actorId: most, role: 'signatory' },
      { partnershipId: own!.id, actorId: await idOf(actors, 'united-kingdom'), role: 'partner' },
    ]);
    await app.db
      .insert(evidence)
      .values({ articleId: newArticle!.id, partnershipId: own!.id, excerpt: 'MoST and KAIST signed an MoU.' });
    // A partnership both are parties to: the ministry as a plain partner, MoST as signatory.
    const shared = await idOf(partnerships, 'vietnam-us-sci-tech-cooperation');
    await app.db.insert(partnershipParties).values([
      { partnershipId: shared, actorId: ministry, role: 'partner' },
      { partnershipId: shared, actorId: most, role: 'signatory' },
    ]);

    // An event of its own, and one both attended (the ministry as speaker, MoST as plain participant).
    await app.db.insert(eventParticipants).values([
      { eventId: await idOf(events, 'vietnam-us-sci-tech-working-session-2025-09-26'), actorId: most, role: 'host' },
      { eventId: await idOf(events, 'london-innovation-forum-2025-10-31'), actorId: ministry, role: 'speaker' },
      { eventId: await idOf(events, 'london-innovation-forum-2025-10-31'), actorId: most, role: 'participant' },
    ]);

    // An affiliation that repeats one of the ministry's (with a source of the same article and one
    // of another), and one of its own.
    const quan = await idOf(actors, 'vu-hai-quan');
    const [twin] = await app.db
      .insert(affiliations)
      .values({ personId: quan, organizationId: most, title: 'Permanent Deputy Minister', startedOn: '2025-09-01' })
      .returning({ id: affiliations.id });
    await app.db.insert(evidence).values([
      {
        articleId: usArticle,
        affiliationId: twin!.id,
        excerpt: 'Quan, Permanent Deputy Minister of MoST.',
        confidence: 0.8,
      },
      {
        articleId: ukArticle,
        affiliationId: twin!.id,
        excerpt: 'MoST Permanent Deputy Minister Vu Hai Quan.',
        confidence: 0.9,
      },
    ]);
    const tran = await createActor({ slug: 'tran-van-an', name: 'Tran Van An', kind: 'person', country: 'VN' });
    const [own2] = await app.db
      .insert(affiliations)
      .values({ personId: tran, organizationId: most, title: 'Director of the AI Department' })
      .returning({ id: affiliations.id });
    await app.db
      .insert(evidence)
      .values({ articleId: newArticle!.id, affiliationId: own2!.id, excerpt: 'Tran Van An, director at MoST.' });

    // Mentions: two articles mention both (counts add up), one only MoST.
    await app.db.insert(actorMentions).values([
      { articleId: usArticle, actorId: most, mentionCount: 3, excerpt: 'MoST said' },
      { articleId: ukArticle, actorId: most, mentionCount: 1 },
      { articleId: newArticle!.id, actorId: most, mentionCount: 4, excerpt: 'MoST announced' },
    ]);

    before = await app.counts(TABLES);
    merged = await merge({ survivor: MINISTRY, merged: 'most-vietnam', note: 'MoST is the acronym of the ministry.' });
  });

  test('the merge succeeds and says what moved', () => {
    expect(merged.errors).toEqual([]);
    expect(merged.survivor).toEqual({ slug: MINISTRY, name: 'Ministry of Science and Technology' });
    expect(merged.moved).toEqual({
      aliases: 2, // "Bộ Khoa học và Công nghệ" and "Ministry of Science & Technology"; "MoST" and "most" it had
      partnerships: 2,
      events: 2,
      affiliations: 2,
      mentions: 3,
      children: 1,
      earlierMerges: 0,
      collapsed: 5, // one partnership, one event, one affiliation, two mentions
      evidence: 1, // the duplicate affiliation's source from the UK article
    });
  });

  test('the merged slug resolves to the survivor, in one SQL statement', async () => {
    app.resetStatements();
    const data = await query(`{ actor(slug: "most-vietnam") { slug name } }`);
    expect(data.actor).toEqual({ slug: MINISTRY, name: 'Ministry of Science and Technology' });
    expect(app.statements).toHaveLength(1);
    expect(await resolveActorSlug(app.db, 'most-vietnam')).toBe(await idOf(actors, MINISTRY));
    expect(await resolveActorSlug(app.db, MINISTRY)).toBe(await idOf(actors, MINISTRY));
    expect(await resolveActorSlug(app.db, 'no-such-actor')).toBeNull();
  });

  test('the merge is recorded and visible on the survivor', async () => {
    expect(merged.merge).toMatchObject({
      mergedSlug: 'most-vietnam',
      mergedName: 'MoST',
      note: 'MoST is the acronym of the ministry.',
      survivor: { slug: MINISTRY },
    });
    expect(Date.now() - Date.parse(merged.merge.mergedAt)).toBeLessThan(60_000);
    const data = await query(`{ actor(slug: "${MINISTRY}") { merges { mergedSlug mergedName note } } }`);
    expect(data.actor.merges).toEqual([
      { mergedSlug: 'most-vietnam', mergedName: 'MoST', note: 'MoST is the acronym of the ministry.' },
    ]);
  });

  test("the survivor has the merged actor's names, and takes its parent where it had none", async () => {
    const data = await query(
      `{ actor(slug: "${MINISTRY}") { name aliases description country { code } parent { slug } children { slug parent { slug } } } }`,
    );
    expect(data.actor.name).toBe('Ministry of Science and Technology');
    expect(data.actor.aliases).toEqual([
      'MoST',
      'MOST',
      'MST',
      "Vietnam's Ministry of Science and Technology",
      'Vietnamese Ministry of Science and Technology',
      'Bộ Khoa học và Công nghệ',
      'Ministry of Science & Technology',
    ]);
    // Its own description and country stay.
    expect(data.actor.description).toMatch(/^Vietnam's government ministry/);
    expect(data.actor.country).toEqual({ code: 'VN' });
    expect(data.actor.parent).toEqual({ slug: 'vietnam' });
    expect(data.actor.children).toEqual([{ slug: 'most-innovation-agency', parent: { slug: MINISTRY } }]);
  });

  test('partnerships move with their sources; a shared one keeps one party row with the more specific role', async () => {
    const data = await query(`{
      actor(slug: "${MINISTRY}") {
        partnerships { totalCount edges { role node { slug sources { article { slug } } parties { role actor { slug } } } } }
      }
    }`);
    const edges = data.actor.partnerships.edges;
    expect(data.actor.partnerships.totalCount).toBe(2);
    const bySlug = Object.fromEntries(edges.map((e: any) => [e.node.slug, e]));
    expect(bySlug['most-kaist-ai-mou'].role).toBe('signatory');
    expect(bySlug['most-kaist-ai-mou'].node.sources).toEqual([{ article: { slug: 'most-announces-ai-fund' } }]);
    expect(bySlug['vietnam-us-sci-tech-cooperation'].role).toBe('signatory');
    const parties = bySlug['vietnam-us-sci-tech-cooperation'].node.parties.map((p: any) => p.actor.slug);
    expect(parties.filter((s: string) => s === MINISTRY)).toHaveLength(1);
    expect(parties).not.toContain('most-vietnam');
  });

  test('events move; a shared one keeps the survivor, with its own specific role', async () => {
    const data = await query(
      `{ actor(slug: "${MINISTRY}") { events { totalCount edges { role node { slug participants { actor { slug } } } } } } }`,
    );
    const roles = Object.fromEntries(data.actor.events.edges.map((e: any) => [e.node.slug, e.role]));
    expect(roles).toEqual({
      'vietnam-us-sci-tech-working-session-2025-09-26': 'host',
      'london-innovation-forum-2025-10-31': 'speaker',
    });
    expect(data.actor.events.totalCount).toBe(2);
    for (const edge of data.actor.events.edges) {
      const slugs = edge.node.participants.map((p: any) => p.actor.slug);
      expect(slugs.filter((s: string) => s === MINISTRY)).toHaveLength(1);
    }
  });

  test('a duplicate affiliation folds into the existing one without losing a source', async () => {
    const data = await query(`{
      actor(slug: "${MINISTRY}") {
        members { title startedOn person { slug } sources { article { slug } excerpt confidence } }
      }
      tran: actor(slug: "tran-van-an") { affiliations { title organization { slug } sources { article { slug } } } }
    }`);
    const quan = data.actor.members.filter((m: any) => m.person.slug === 'vu-hai-quan');
    expect(quan).toHaveLength(1);
    expect(quan[0].title).toBe('Permanent Deputy Minister');
    expect(quan[0].startedOn).toBe('2025-09-01');
    const sources = Object.fromEntries(quan[0].sources.map((s: any) => [s.article.slug, s]));
    expect(Object.keys(sources).sort()).toEqual([US_ARTICLE, UK_ARTICLE].sort());
    // The curated source of the same article stays, with the surer confidence.
    expect(sources[US_ARTICLE].excerpt).toMatch(/Permanent Deputy Minister/);
    expect(sources[US_ARTICLE].confidence).toBe(1);
    expect(sources[UK_ARTICLE].excerpt).toBe('MoST Permanent Deputy Minister Vu Hai Quan.');
    expect(data.tran.affiliations).toEqual([
      {
        title: 'Director of the AI Department',
        organization: { slug: MINISTRY },
        sources: [{ article: { slug: 'most-announces-ai-fund' } }],
      },
    ]);
  });

  test('mentions move, and an article mentioning both counts the mentions of both', async () => {
    const data = await query(
      `{ actor(slug: "${MINISTRY}") { mentions { totalCount edges { mentionCount excerpt node { slug } } } } }`,
    );
    const counts = Object.fromEntries(data.actor.mentions.edges.map((e: any) => [e.node.slug, e.mentionCount]));
    expect(counts).toEqual({ [US_ARTICLE]: 5, [UK_ARTICLE]: 2, 'most-announces-ai-fund': 4 });
    const article = await query(`{ article(slug: "most-announces-ai-fund") { actors { slug } } }`);
    expect(article.article.actors).toEqual([{ slug: MINISTRY }]);
  });

  test('exactly the merged actor and the duplicate rows are gone, and one merge is recorded', async () => {
    expect(await app.counts(TABLES)).toEqual({
      ...before,
      actors: before.actors! - 1,
      actor_merges: before.actor_merges! + 1,
      affiliations: before.affiliations! - 1,
      partnership_parties: before.partnership_parties! - 1,
      event_participants: before.event_participants! - 1,
      evidence: before.evidence! - 1,
      actor_mentions: before.actor_mentions! - 2,
    });
    await expectConsistentGraph();
  });
});

describe('merges in a chain', () => {
  test('A into B, then B into C: both slugs resolve to C, whose record lists both', async () => {
    for (const slug of ['chain-a', 'chain-b', 'chain-c']) {
      await createActor({ slug, name: `Chain ${slug.slice(-1).toUpperCase()}`, kind: 'company', country: 'GB' });
    }
    expect((await merge({ survivor: 'chain-b', merged: 'chain-a' })).errors).toEqual([]);
    const second = await merge({ survivor: 'chain-c', merged: 'chain-b', note: 'B is C.' });
    expect(second.errors).toEqual([]);
    expect(second.moved.earlierMerges).toBe(1);
    expect(second.moved.aliases).toBe(2); // "Chain B", and "Chain A" which B had taken over
    const data = await query(`{
      a: actor(slug: "chain-a") { slug aliases merges { mergedSlug mergedName survivor { slug } } }
      b: actor(slug: "chain-b") { slug }
      c: actor(slug: "chain-c") { slug }
    }`);
    expect(data.a).toEqual({
      slug: 'chain-c',
      aliases: ['Chain B', 'Chain A'],
      merges: [
        { mergedSlug: 'chain-a', mergedName: 'Chain A', survivor: { slug: 'chain-c' } },
        { mergedSlug: 'chain-b', mergedName: 'Chain B', survivor: { slug: 'chain-c' } },
      ],
    });
    expect(data.b).toEqual({ slug: 'chain-c' });
    expect(data.c).toEqual({ slug: 'chain-c' });
    // A merged slug stands for its survivor as an argument too.
    const again = await merge({ survivor: 'chain-c', merged: 'chain-a' });
    expect(again.errors).toEqual([
      {
        code: 'SAME_ACTOR',
        field: 'merged',
        message: '"chain-a" and "chain-c" are already one actor, "chain-c": "chain-a" was merged into it earlier.',
      },
    ]);
    await expectConsistentGraph();
  });

  test('merging an organisation into one under it moves the survivor into its place in the tree', async () => {
    const top = await createActor({ slug: 'tree-top', name: 'Tree Top', kind: 'government_body', country: 'VN' });
    const upper = await createActor({
      slug: 'tree-upper',
      name: 'Tree Upper',
      kind: 'government_body',
      country: 'VN',
      parentId: top,
    });
    const lower = await createActor({
      slug: 'tree-lower',
      name: 'Tree Lower',
      kind: 'government_body',
      country: 'VN',
      parentId: upper,
    });
    await createActor({
      slug: 'tree-leaf',
      name: 'Tree Leaf',
      kind: 'government_body',
      country: 'VN',
      parentId: lower,
    });
    await createActor({
      slug: 'tree-sibling',
      name: 'Tree Sibling',
      kind: 'government_body',
      country: 'VN',
      parentId: upper,
    });
    const result = await merge({ survivor: 'tree-lower', merged: 'tree-upper' });
    expect(result.errors).toEqual([]);
    expect(result.moved.children).toBe(1);
    const data = await query(`{ actor(slug: "tree-lower") { parent { slug } children { slug } } }`);
    expect(data.actor).toEqual({
      parent: { slug: 'tree-top' },
      children: [{ slug: 'tree-leaf' }, { slug: 'tree-sibling' }],
    });
    // And the other way round: merging a parent into its child's parent keeps no cycle.
    const result2 = await merge({ survivor: 'tree-top', merged: 'tree-lower' });
    expect(result2.errors).toEqual([]);
    const data2 = await query(`{ actor(slug: "tree-top") { parent { slug } children { slug } } }`);
    expect(data2.actor).toEqual({ parent: null, children: [{ slug: 'tree-leaf' }, { slug: 'tree-sibling' }] });
  });
});

describe('refused merges write nothing', () => {
  let before: Record<string, number>;
  beforeAll(async () => {
    await createActor({ slug: 'vn-solar-co', name: 'VN Solar Co', kind: 'company', country: 'VN' });
    await createActor({
      slug: 'uk-solar-co',
      name: 'UK Solar Co',
      kind: 'company',
      country: 'GB',
      aliases: ['Solar Co'],
    });
    before = await app.counts(TABLES);
  });

  const refused = async (input: Parameters<typeof merge>[0]) => {
    const result = await merge(input);
    expect(result.survivor).toBeNull();
    expect(result.merge).toBeNull();
    expect(result.moved).toBeNull();
    expect(await app.counts(TABLES)).toEqual(before);
    return result.errors;
  };

  test('an unknown slug is NOT_FOUND, naming which one', async () => {
    expect(await refused({ survivor: 'ode-ltd', merged: 'no-such-company' })).toEqual([
      {
        code: 'NOT_FOUND',
        field: 'merged',
        message: 'No actor has the slug "no-such-company" (merged), and none was merged under it.',
      },
    ]);
    expect(await refused({ survivor: 'no-such-survivor', merged: 'no-such-company' })).toEqual([
      {
        code: 'NOT_FOUND',
        field: 'survivor',
        message: 'No actor has the slug "no-such-survivor" (survivor), and none was merged under it.',
      },
      {
        code: 'NOT_FOUND',
        field: 'merged',
        message: 'No actor has the slug "no-such-company" (merged), and none was merged under it.',
      },
    ]);
  });

  test('an actor cannot be merged into itself', async () => {
    expect(await refused({ survivor: 'ode-ltd', merged: 'ode-ltd' })).toEqual([
      {
        code: 'SAME_ACTOR',
        field: 'merged',
        message: 'An actor cannot be merged into itself ("ode-ltd" is both the survivor and the merged actor).',
      },
    ]);
  });

  test('a person cannot be merged into an organisation, nor the other way round', async () => {
    const [error] = await refused({ survivor: 'ode-ltd', merged: 'marc-e-knapper' });
    expect(error).toEqual({
      code: 'KIND_MISMATCH',
      field: 'merged',
      message:
        'Cannot merge "marc-e-knapper", a person, into "ode-ltd", a company: a person merges only with a person, and an organisation only with an organisation.',
    });
    const [reverse] = await refused({ survivor: 'marc-e-knapper', merged: 'ode-ltd', force: true });
    expect(reverse!.code).toBe('KIND_MISMATCH');
  });

  test('actors of different countries are refused without force', async () => {
    expect(await refused({ survivor: 'uk-solar-co', merged: 'vn-solar-co' })).toEqual([
      {
        code: 'COUNTRY_MISMATCH',
        field: 'force',
        message:
          '"vn-solar-co" is of VN and "uk-solar-co" of GB: they look like different actors. Merge them anyway with force: true (the survivor keeps GB).',
      },
    ]);
  });

  test('malformed slugs and notes are INVALID_INPUT', async () => {
    const errors = await refused({ survivor: 'Not A Slug', merged: 'ok-slug', note: 'x'.repeat(2001) });
    expect(errors.map((e: any) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', 'survivor'],
      ['INVALID_INPUT', 'note'],
    ]);
    expect(errors[0].message).toBe(
      '"survivor" must be a slug: lowercase letters and digits joined by single hyphens, e.g. "vu-hai-quan" (got "Not A Slug").',
    );
  });

  test('a merge that fails half-way leaves everything as it was', async () => {
    // Make the last step (deleting the merged actor) fail, after everything else has moved.
    await app.rows(
      `create function refuse_delete() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$`,
    );
    await app.rows(
      `create trigger refuse_delete before delete on actors for each row execute function refuse_delete()`,
    );
    try {
      const state = () =>
        app.rows(
          `select slug, aliases, country_id, (select count(*)::int from actor_merges) as merges from actors where slug in ('uk-solar-co', 'vn-solar-co') order by slug`,
        );
      const stateBefore = await state();
      const response = await app.graphql(MERGE, {
        input: { survivor: 'uk-solar-co', merged: 'vn-solar-co', force: true },
      });
      expect(response.errors?.length).toBe(1);
      expect(await app.counts(TABLES)).toEqual(before);
      expect(await state()).toEqual(stateBefore);
    } finally {
      await app.rows(`drop trigger refuse_delete on actors`);
      await app.rows(`drop function refuse_delete()`);
    }
  });

  test('with force, actors of different countries merge and the survivor keeps its country', async () => {
    const result = await merge({ survivor: 'uk-solar-co', merged: 'vn-solar-co', force: true });
    expect(result.errors).toEqual([]);
    const data = await query(`{ actor(slug: "vn-solar-co") { slug country { code } aliases } }`);
    expect(data.actor).toEqual({ slug: 'uk-solar-co', country: { code: 'GB' }, aliases: ['Solar Co', 'VN Solar Co'] });
  });
});

describe('concurrent merges', () => {
  test('two merges of the same pair in opposite directions: one wins, the other is told they are one', async () => {
    await createActor({ slug: 'race-x', name: 'Race X', kind: 'university', country: 'VN' });
    await createActor({ slug: 'race-y', name: 'Race Y', kind: 'university', country: 'VN' });
    const results = await Promise.all([
      merge({ survivor: 'race-x', merged: 'race-y' }),
      merge({ survivor: 'race-y', merged: 'race-x' }),
    ]);
    const succeeded = results.filter((r) => r.errors.length === 0);
    const failed = results.filter((r) => r.errors.length > 0);
    expect(succeeded).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].errors[0].code).toBe('SAME_ACTOR');
    const survivor = succeeded[0].survivor.slug;
    const data = await query(`{ x: actor(slug: "race-x") { slug } y: actor(slug: "race-y") { slug } }`);
    expect(data).toEqual({ x: { slug: survivor }, y: { slug: survivor } });
    await expectConsistentGraph();
  });

  test('two merges of one actor into two others: the second follows the first, and all end up one', async () => {
    const ids = {
      p: await createActor({ slug: 'race-p', name: 'Race P', kind: 'research_institute', country: 'VN' }),
      q: await createActor({ slug: 'race-q', name: 'Race Q', kind: 'research_institute', country: 'VN' }),
      r: await createActor({ slug: 'race-r', name: 'Race R', kind: 'research_institute', country: 'VN' }),
    };
    // All three are parties to one partnership and attend one event, so both merges touch the same rows.
    const [shared] = await app.db
      .insert(partnerships)
      .values({ slug: 'race-project', title: 'Race project', kind: 'project' })
      .returning({ id: partnerships.id });
    await app.db
      .insert(partnershipParties)
      .values(Object.values(ids).map((actorId) => ({ partnershipId: shared!.id, actorId })));
    const event = await idOf(events, 'london-innovation-forum-2025-10-31');
    await app.db.insert(eventParticipants).values(Object.values(ids).map((actorId) => ({ eventId: event, actorId })));

    const results = await Promise.all([
      merge({ survivor: 'race-q', merged: 'race-p' }),
      merge({ survivor: 'race-r', merged: 'race-p' }),
    ]);
    for (const result of results) expect(result.errors).toEqual([]);
    const data = await query(`{
      p: actor(slug: "race-p") { slug } q: actor(slug: "race-q") { slug } r: actor(slug: "race-r") { slug }
      partnership(slug: "race-project") { parties { actor { slug } } }
    }`);
    const survivor = data.p.slug;
    expect([data.q.slug, data.r.slug]).toEqual([survivor, survivor]);
    expect(data.partnership.parties).toEqual([{ actor: { slug: survivor } }]);
    const participants = await app.rows<{ n: number }>(
      `select count(*)::int as n from event_participants where event_id = ${event} and actor_id in (select id from actors where slug like 'race-%')`,
    );
    expect(Number(participants[0]!.n)).toBe(1);
    await expectConsistentGraph();
  });
});
