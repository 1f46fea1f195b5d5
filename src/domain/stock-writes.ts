import { ConflictError, InvalidDataError, NotFoundError } from '../core/errors.js';
import type { Tx } from '../core/tx.js';
import { Prisma } from '../generated/prisma/client.js';
import type { LevelKey } from './inventory.js';
import { INTEGER_MAX, requireNonNegativeQuantity } from './rules.js';

export interface AdjustStockInput extends LevelKey {
  /** Units to add (negative to remove). */
  delta: number;
  /** When given, the change applies only if the level holds exactly this many units now. */
  changeFromQuantity?: number | null;
}

export interface SetStockInput extends LevelKey {
  stockedQuantity: number;
  /** When given, the change applies only if the level holds exactly this many units now. */
  changeFromQuantity?: number | null;
}

interface Outcome {
  id: string | null;
  current: Prisma.Decimal | null;
  written: Prisma.Decimal | null;
}

/**
 * Adds `delta` units to a level. The arithmetic and the comparison run inside one UPDATE, so
 * concurrent adjustments all count and none is lost to a read-modify-write race.
 */
export function adjustStockedQuantity(tx: Tx, input: AdjustStockInput, path: string[] = []) {
  if (!Number.isInteger(input.delta)) {
    throw new InvalidDataError(`delta must be a whole number (got ${input.delta})`, [...path, 'delta']);
  }
  const expected = optionalQuantity(input.changeFromQuantity, [...path, 'changeFromQuantity']);
  return writeStockedQuantity(tx, input, {
    next: Prisma.sql`level.stocked_quantity + ${input.delta}::integer`,
    expected,
    path,
    rangeError: (current) =>
      new InvalidDataError(
        `stockedQuantity would become ${current.plus(input.delta).toString()}, outside 0 to ${INTEGER_MAX}`,
        [...path, 'delta'],
      ),
  });
}

/** Sets a level's stocked units, optionally only if it still holds `changeFromQuantity` (compare-and-set). */
export function setStockedQuantity(tx: Tx, input: SetStockInput, path: string[] = []) {
  const stocked = requireNonNegativeQuantity(input.stockedQuantity, [...path, 'stockedQuantity']);
  const expected = optionalQuantity(input.changeFromQuantity, [...path, 'changeFromQuantity']);
  return writeStockedQuantity(tx, input, {
    next: Prisma.sql`${stocked}::integer`,
    expected,
    path,
    rangeError: () => new InvalidDataError(`stockedQuantity must be a whole number from 0 to ${INTEGER_MAX}`, path),
  });
}

interface Write {
  /** The new stocked quantity as SQL over the locked row `level`. */
  next: Prisma.Sql;
  expected: number | null;
  path: string[];
  rangeError: (current: Prisma.Decimal) => InvalidDataError;
}

/**
 * One statement: lock the live level, then update it only when it holds the expected units and
 * the new value stays a whole number within 0..INTEGER_MAX, keeping the raw twin (Medusa's
 * `{value, precision}` JSON) and updated_at in step. It answers the value it compared against,
 * so a refusal can say why without a second, racy read.
 */
async function writeStockedQuantity(tx: Tx, key: LevelKey, write: Write) {
  const expected = write.expected === null ? Prisma.sql`NULL` : Prisma.sql`${write.expected}::integer`;
  const [outcome] = await tx.$queryRaw<Outcome[]>`
    WITH target AS (
      SELECT id, stocked_quantity FROM inventory_level
      WHERE inventory_item_id = ${key.inventoryItemId} AND location_id = ${key.locationId} AND deleted_at IS NULL
      FOR UPDATE
    ), written AS (
      UPDATE inventory_level AS level
      SET stocked_quantity = (${write.next})::integer,
          raw_stocked_quantity = jsonb_build_object('value', ((${write.next})::integer)::text, 'precision', 20),
          updated_at = now()
      FROM target
      WHERE level.id = target.id
        AND (${expected}::integer IS NULL OR level.stocked_quantity = ${expected})
        AND ${write.next} BETWEEN 0 AND ${INTEGER_MAX} AND trunc(${write.next}) = ${write.next}
      RETURNING level.id, level.stocked_quantity
    )
    SELECT target.id, target.stocked_quantity AS current, written.stocked_quantity AS written
    FROM (SELECT 1) AS one LEFT JOIN target ON true LEFT JOIN written ON true`;
  if (!outcome.id || !outcome.current) {
    throw new NotFoundError(`Item ${key.inventoryItemId} is not stocked at location ${key.locationId}`, [
      ...write.path,
      'locationId',
    ]);
  }
  if (outcome.written) return { id: outcome.id, inventoryItemId: key.inventoryItemId };
  if (write.expected !== null && !outcome.current.equals(write.expected)) {
    throw new ConflictError(
      `The level holds ${outcome.current.toString()} units, not the ${write.expected} expected: it changed since it was read; read it again and retry`,
      [...write.path, 'changeFromQuantity'],
    );
  }
  throw write.rangeError(outcome.current);
}

function optionalQuantity(value: number | null | undefined, path: string[]): number | null {
  return value == null ? null : requireNonNegativeQuantity(value, path);
}
