import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { Unplannable } from './prisma-where.js';

/** The id in a connection cursor, read as Pothos' prismaConnection reads it; others are not planned. */
export function decodeCursor(cursor: string): string {
  let value: unknown;
  try {
    const decoded = decodeBase64(cursor);
    if (!decoded.startsWith('GPC:')) throw new Unplannable('not a Pothos cursor');
    value = decodeCursorChunk(decoded.slice(4));
  } catch {
    throw new Unplannable('an unreadable cursor');
  }
  if (typeof value !== 'string') throw new Unplannable('a cursor that is not an id');
  return value;
}
