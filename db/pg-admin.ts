// Databases on a PostgreSQL server (a postgres:// URL whose own database allows CREATE and DROP DATABASE): the test
// harness's per-file copies and the benchmark's data set are made and dropped here.
import pg from "pg";

/** The same server, user and options, another database. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the URL's database: for CREATE and DROP DATABASE, the server's own (e.g. postgres). */
export async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new empty database, or a copy of `template` (which nobody may be connected to meanwhile); gives its URL. */
export async function createDatabase(serverUrl: string, name: string, { template }: { template?: string } = {}): Promise<string> {
  await onServer(serverUrl, (client) => client.query(`create database ${pg.escapeIdentifier(name)}${template ? ` template ${pg.escapeIdentifier(template)}` : ""}`));
  return databaseUrl(serverUrl, name);
}

/** Drops the databases named, closing their connections first; a missing one is no error. */
export async function dropDatabase(serverUrl: string, ...names: string[]): Promise<void> {
  await onServer(serverUrl, async (client) => {
    for (const name of names) await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
  });
}

/** Every database whose name starts with `prefix` (a test run's own), dropped. */
export async function dropDatabases(serverUrl: string, prefix: string): Promise<void> {
  const names = await onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("select datname from pg_database where starts_with(datname, $1)", [prefix]);
    return rows.map((row) => row.datname);
  });
  await dropDatabase(serverUrl, ...names);
}

/** The server's version as it names it, e.g. "17.5 (Debian 17.5-1)". */
export async function serverVersion(serverUrl: string): Promise<string> {
  return onServer(serverUrl, async (client) => (await client.query<{ server_version: string }>("show server_version")).rows[0].server_version);
}

/** VACUUM ANALYZE on the URL's database: statistics and visibility as a settled database has them, after a bulk load. */
export async function vacuumAnalyze(url: string): Promise<void> {
  await onServer(url, (client) => client.query("vacuum analyze"));
}
