import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  Transaction,
} from '@prisma/driver-adapter-utils';

/** How many SQL statements Prisma has sent, counted where they leave for the database. */
export class StatementCounter {
  count = 0;
  /** When an array, the SQL of each statement is appended to it (for finding where statements come from). */
  recorded: string[] | null = null;
}

/** The adapter factory with every query and execute counted, inside transactions too. */
export function countingStatements(
  factory: SqlDriverAdapterFactory,
  counter: StatementCounter,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter: SqlDriverAdapter = counted(await factory.connect(), counter);
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) =>
        counted<Transaction>(await startTransaction(isolationLevel), counter);
      return adapter;
    },
  };
}

function counted<Q extends SqlQueryable>(queryable: Q, counter: StatementCounter): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query: SqlQuery) => {
    counter.count++;
    counter.recorded?.push(query.sql);
    return queryRaw(query);
  };
  queryable.executeRaw = (query: SqlQuery) => {
    counter.count++;
    counter.recorded?.push(query.sql);
    return executeRaw(query);
  };
  return queryable;
}
