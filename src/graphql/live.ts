import type { Prisma } from '../generated/prisma/client.js';

/** Medusa soft-deletes: a row with deleted_at set is gone for every reader. */
export const LIVE = { deletedAt: null } as const;

export function toNumber(value: Prisma.Decimal): number;
export function toNumber(value: Prisma.Decimal | null): number | null;
export function toNumber(value: Prisma.Decimal | null): number | null {
  return value === null ? null : value.toNumber();
}

/** How every node is found by its id: live rows only. */
export const liveById = (id: string) => ({ id, ...LIVE });
