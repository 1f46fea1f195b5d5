import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/connect.js';
import { loadEnvFile } from '../env-file.js';
import { OperatorError } from '../operator-error.js';

/** Runs a command-line task against the configured database, then exits with the task's status. */
export async function runWithDatabase(task: (db: Database) => Promise<number>): Promise<never> {
  let db: Database | undefined;
  let status = 1;
  try {
    loadEnvFile();
    db = await openDatabase(loadConfig().database);
    console.log(`Database: ${db.description}`);
    status = await task(db);
  } catch (error) {
    console.error(error instanceof OperatorError ? error.message : error);
  } finally {
    await db?.close();
  }
  process.exit(status);
}
