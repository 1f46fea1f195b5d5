import type { Actor } from '../auth/actor.js';
import type { Tx } from '../core/tx.js';

/** What every resolver sees: the database, and who asked. */
export interface GraphQLContext {
  /** The Prisma client; while an idempotent operation runs, its transaction (see idempotency/plugin.ts). */
  prisma: Tx;
  actor: Actor;
}
