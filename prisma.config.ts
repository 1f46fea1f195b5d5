import { defineConfig } from 'prisma/config';

// The gateway applies migrations itself through its driver adapter (npm run db:migrate), so the
// CLI only needs to know where the schema and migrations live.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
