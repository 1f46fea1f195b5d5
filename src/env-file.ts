import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './config.js';

/**
 * Reads `.env` from the working directory into process.env, as Medusa does, before anything reads
 * the configuration. A variable set in the real environment wins over the file's (Node's
 * process.loadEnvFile never overwrites one). ENV_FILE names another file; a missing `.env` is fine,
 * a missing ENV_FILE is an error.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env.ENV_FILE?.trim();
  const path = resolve(named || '.env');
  if (!named && !existsSync(path)) return null;
  try {
    process.loadEnvFile(path);
  } catch (error) {
    throw new ConfigError(`cannot read the environment file ${path}: ${(error as Error).message}`);
  }
  return path;
}
