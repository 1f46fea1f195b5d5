-- The gateway's own table, not Medusa's. Written with IF NOT EXISTS because the gateway also runs
-- this file on an attached Medusa database (which it never migrates) when the table is missing.

-- CreateTable
CREATE TABLE IF NOT EXISTS "gateway_idempotency_key" (
    "actor_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "claim" TEXT NOT NULL,
    "response" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(6) NOT NULL,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "gateway_idempotency_key_pkey" PRIMARY KEY ("actor_id","key")
);

-- CreateIndex
CREATE INDEX IF NOT EXISTS "IDX_gateway_idempotency_key_expires_at" ON "gateway_idempotency_key"("expires_at");
