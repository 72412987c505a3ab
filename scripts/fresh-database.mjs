// node scripts/fresh-database.mjs URL SUFFIX [--drop]
// Makes (or with --drop, removes) the PostgreSQL database <URL's database>_<SUFFIX> on URL's
// server, empty, and prints its URL. The role in URL needs CREATEDB. Used by scripts/test.sh to
// give the API and crash suites a fresh database each run.
import pg from 'pg';

const [url, suffix, flag] = process.argv.slice(2);
if (!url || !suffix || !/^[a-z0-9_]+$/.test(suffix)) {
  console.error('usage: node scripts/fresh-database.mjs postgres://... SUFFIX [--drop]');
  process.exit(2);
}
const target = new URL(url);
const name = `${target.pathname.slice(1) || 'anxin'}_${suffix}`;
if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unusable database name: ${name}`);
target.pathname = `/${name}`;

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  await client.query(`drop database if exists "${name}" with (force)`);
  if (flag !== '--drop') await client.query(`create database "${name}"`);
} finally {
  await client.end();
}
if (flag !== '--drop') console.log(target.toString());
