import { parseArgs } from 'node:util';
import { OperatorError } from '../operator-error.js';

export const HELP = `Medusa variant gateway: GraphQL and Medusa's Admin API over Medusa 2.21's variant and inventory tables.

Usage: npm start -- [options]

Options:
  --port <number>        port to listen on (env PORT, default 4000; 0 picks a free one)
  --database-url <url>   postgres:// or postgresql:// URL, or memory:// (env DATABASE_URL;
                         default: embedded PGlite in .data/pglite, or PGLITE_DATA_DIR)
  --no-seed              do not write the demo catalog into an empty embedded database
                         (env SEED_ON_START=false)
  --attach-check         check that the database is a Medusa 2.21 store's with every table and
                         column the gateway needs, print the result and exit (0 when it is)
  -h, --help             print this help and exit

Every option has an environment variable; the README lists them all (JWT_SECRET, LOG_LEVEL, ...).
`;

export interface Invocation {
  help: boolean;
  attachCheck: boolean;
  /** The environment with the command line's settings on top. */
  env: NodeJS.ProcessEnv;
}

/** The command line, as settings over the environment: flags win over variables. */
export function parseInvocation(argv: string[], env: NodeJS.ProcessEnv): Invocation {
  let values: { port?: string; 'database-url'?: string; 'no-seed'?: boolean; 'attach-check'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'database-url': { type: 'string' },
        'no-seed': { type: 'boolean' },
        'attach-check': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new OperatorError(`${(error as Error).message}\nRun npm start -- --help for the options.`);
  }
  return {
    help: values.help ?? false,
    attachCheck: values['attach-check'] ?? false,
    env: {
      ...env,
      ...(values.port !== undefined ? { PORT: values.port } : {}),
      ...(values['database-url'] !== undefined ? { DATABASE_URL: values['database-url'] } : {}),
      ...(values['no-seed'] ? { SEED_ON_START: 'false' } : {}),
    },
  };
}
