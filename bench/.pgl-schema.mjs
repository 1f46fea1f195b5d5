import './node20-promise.mjs';
import { printSchema } from 'graphql';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { benchPreset } from './postgraphile-preset.mjs';

const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:55433/bench_try_medusa' });
const pgl = postgraphile(benchPreset(pool));
const { schema } = await pgl.getSchemaResult();
process.stdout.write(printSchema(schema));
await pgl.release();
await pool.end();
