import type { Actor } from '../auth/actor.js';
import type { PrismaClient } from '../generated/prisma/client.js';

/** What every resolver sees: the database, and who asked. */
export interface GraphQLContext {
  prisma: PrismaClient;
  actor: Actor;
}
