// `DATABASE_URL` may name a database that does not exist yet (a fresh benchmark database):
// create it through the server's `postgres` maintenance database, as createdb does.
import postgres from 'postgres';

/** Creates the database the URL names unless it exists; true when it was created. */
export async function ensurePostgresDatabase(url: string): Promise<{ name: string; created: boolean }> {
  const target = new URL(url);
  const name =
    decodeURIComponent(target.pathname.replace(/^\//, '')) || decodeURIComponent(target.username) || 'postgres';
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin`select exists (select 1 from pg_database where datname = ${name}) as present`;
    if (row?.present) return { name, created: false };
    await admin.unsafe(`create database "${name.replace(/"/g, '""')}"`);
    return { name, created: true };
  } finally {
    await admin.end({ timeout: 5 });
  }
}
