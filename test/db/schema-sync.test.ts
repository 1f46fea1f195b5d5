import { describe, expect, it } from 'vitest';
import { diffMigrationsToSchema } from '../../src/db/migrations.js';

describe('schema.prisma and prisma/migrations', () => {
  it('agree: a change to one without the other needs `npm run db:diff -- --name <change>`', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  });
});
