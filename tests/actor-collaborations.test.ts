// actor_collaborations is a table kept by triggers; after any mix of writes it must hold exactly
// what counting the link tables gives.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const RECOUNT = `
  select actor_id, collaborator_id,
    (count(*) filter (where via = 'p'))::int as partnership_count,
    (count(*) filter (where via = 'e'))::int as event_count
  from (
    select a.actor_id, b.actor_id as collaborator_id, 'p' as via
    from partnership_parties a join partnership_parties b on b.partnership_id = a.partnership_id and b.actor_id <> a.actor_id
    union all
    select a.actor_id, b.actor_id, 'e'
    from event_participants a join event_participants b on b.event_id = a.event_id and b.actor_id <> a.actor_id
  ) links
  group by actor_id, collaborator_id
  order by actor_id, collaborator_id`;

const STORED = `select actor_id, collaborator_id, partnership_count, event_count from actor_collaborations order by actor_id, collaborator_id`;

async function expectInStep(): Promise<void> {
  const [stored, recount] = [await app.rows(STORED), await app.rows(RECOUNT)];
  expect(stored).toEqual(recount);
}

async function actor(slug: string): Promise<number> {
  const [row] = await app.rows<{ id: number }>(
    `insert into actors (slug, name, kind) values ('${slug}', '${slug}', 'company') returning id`,
  );
  return row!.id;
}

test('the sample knowledge starts in step, with shared counts', async () => {
  await expectInStep();
  const [row] = await app.rows<{ n: number }>(
    `select count(*)::int as n from actor_collaborations where shared_count <> partnership_count + event_count`,
  );
  expect(row!.n).toBe(0);
  expect((await app.rows(STORED)).length).toBeGreaterThan(0);
});

test('multi-row inserts, including several parties of one new partnership at once', async () => {
  const [a, b, c, d] = [await actor('co-a'), await actor('co-b'), await actor('co-c'), await actor('co-d')];
  const [p] = await app.rows<{ id: number }>(
    `insert into partnerships (slug, title, kind) values ('co-p1', 'P1', 'mou'), ('co-p2', 'P2', 'mou') returning id`,
  );
  await app.rows(
    `insert into partnership_parties (partnership_id, actor_id) values (${p!.id}, ${a}), (${p!.id}, ${b}), (${p!.id}, ${c}), (${p!.id + 1}, ${a}), (${p!.id + 1}, ${b})`,
  );
  await expectInStep();
  // One more party joining parties already there.
  await app.rows(`insert into partnership_parties (partnership_id, actor_id) values (${p!.id}, ${d})`);
  await expectInStep();
  const [ab] = await app.rows<{ partnership_count: number; shared_count: number }>(
    `select partnership_count, shared_count from actor_collaborations where actor_id = ${a} and collaborator_id = ${b}`,
  );
  expect(ab).toEqual({ partnership_count: 2, shared_count: 2 });

  const [e] = await app.rows<{ id: number }>(
    `insert into events (slug, title, kind) values ('co-e1', 'E1', 'meeting') returning id`,
  );
  await app.rows(`insert into event_participants (event_id, actor_id) values (${e!.id}, ${a}), (${e!.id}, ${d})`);
  await expectInStep();
});

test('updates (an actor merged into another), deletes and cascades', async () => {
  const [x] = await app.rows<{ id: number }>(`select id from actors where slug = 'co-c'`);
  const [y] = await app.rows<{ id: number }>(`select id from actors where slug = 'co-d'`);
  // co-c and co-d share partnership co-p1: moving co-c's rows not shared with co-d onto co-d.
  await app.rows(
    `update partnership_parties set actor_id = ${y!.id} where actor_id = ${x!.id} and partnership_id not in (select partnership_id from partnership_parties where actor_id = ${y!.id})`,
  );
  await expectInStep();
  await app.rows(`delete from partnership_parties where actor_id = ${x!.id}`);
  await expectInStep();
  // Deleting an actor cascades to its links; its pairs go with them.
  await app.rows(`delete from actors where slug = 'co-a'`);
  await expectInStep();
  // Deleting a partnership cascades to its parties.
  await app.rows(`delete from partnerships where slug = 'co-p1'`);
  await expectInStep();
  const [left] = await app.rows<{ n: number }>(
    `select count(*)::int as n from actor_collaborations where shared_count = 0`,
  );
  expect(left!.n).toBe(0);
});

test('a rolled-back write leaves the counts as they were', async () => {
  const before = await app.rows(STORED);
  await expect(
    app.db.transaction(async (tx) => {
      await tx.execute(
        sql.raw(
          `insert into partnership_parties (partnership_id, actor_id) select p.id, a.id from partnerships p, actors a where p.slug = 'co-p2' and a.slug = 'co-d'`,
        ),
      );
      throw new Error('abandon');
    }),
  ).rejects.toThrow('abandon');
  expect(await app.rows(STORED)).toEqual(before);
});

test('TRUNCATE recounts from what is left', async () => {
  await app.rows(`truncate event_participants`);
  await expectInStep();
  await app.rows(`truncate partnership_parties cascade`);
  expect(await app.rows(STORED)).toEqual([]);
});
