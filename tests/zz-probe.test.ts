import { test } from 'vitest';
import { graphql } from 'graphql';
import { createTestApp } from './helpers/app.ts';
import { schema } from '../src/graphql/index.ts';
test('probe', async () => {
  const app = await createTestApp();
  const q = async (s: string, v?: any) => { const r = await app.graphql(s, v); console.log(s.slice(0, 100).replace(/\s+/g, ' '), '\n=>', JSON.stringify(r).slice(0, 1200)); return r; };
  await q(`{ country(code:"VN"){ actors(first:2, after:"garbage"){ totalCount nodes{slug} } } }`);
  await q(`{ country(code:"VN"){ partnerships(first:2, after:"garbage"){ totalCount nodes{slug} } } }`);
  for (const src of [`{ articles(first:1, after:"REM6Tjo1"){ totalCount nodes{slug} } }`, `{ countries(first:1, after:"REM6Tjo1"){ totalCount nodes{code} } }`, `{ actors(first:1, after:"REM6Tjo1"){ totalCount nodes{slug} } }`]) {
    const r = await graphql({ schema, source: src, contextValue: { db: app.db } });
    console.log(src, JSON.stringify(r).slice(0, 600), r.errors?.map((e) => e.originalError?.stack?.slice(0, 600)));
  }
  await q(`{ events { totalCount nodes{slug occurredOn} } }`);
  await q(`{ events(first:2) { totalCount pageInfo{endCursor} nodes{slug occurredOn} } }`);
  await q(`{ articles(filter:{publishedFrom:"2025-09-29T16:15:00Z"}){ totalCount nodes{slug} } }`);
  await q(`{ articles(filter:{publishedTo:"2025-09-29T16:15:00Z"}){ totalCount nodes{slug} } }`);
  await q(`{ articles(filter:{publishedTo:"2025-09-29T16:14:59Z"}){ totalCount nodes{slug} } }`);
  await q(`{ actors(filter:{name:"most"}){ totalCount nodes{slug} } }`);
  await q(`{ actors(filter:{name:"%"}){ totalCount nodes{slug} } }`);
  await q(`{ actors(filter:{name:"nic"}){ totalCount nodes{slug} } }`);
  await q(`{ actors { totalCount } partnerships{ totalCount } events { totalCount } technologies { totalCount } articles{ totalCount } }`);
  await q(`{ technology(slug:"satellite-applications"){ parent{slug} children{slug} partnerships{totalCount nodes{slug}} articles{totalCount nodes{slug}} } }`);
  await q(`{ person: actor(slug:"vu-hai-quan"){ affiliations{ title organization{slug name} person{slug} sources{ article{slug} excerpt } } } }`);
  await app.close();
}, 120000);
