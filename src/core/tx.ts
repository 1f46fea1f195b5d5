import type { Prisma } from '../generated/prisma/client.js';

/** What every rule and writer works in: one Prisma transaction (or the client, outside one). */
export type Tx = Prisma.TransactionClient;
