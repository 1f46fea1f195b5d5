import { liveById } from '../../core/live.js';
import { ID } from '../../modules/describe.js';

/** What every Relay node of the schema shares: its Medusa id, and that only a live row is found by it. */
export const liveNode = {
  id: { field: 'id', description: ID.description },
  nullable: true,
  findUnique: liveById,
} as const;
