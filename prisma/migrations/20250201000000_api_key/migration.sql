-- Medusa 2.21's api_key table (the api-key module), as `medusa db:migrate` creates it (from a
-- pg_dump of a migrated Medusa 2.21.2 database), so that secret API keys authenticate requests.

CREATE TABLE api_key (
    id text NOT NULL,
    token text NOT NULL,
    salt text NOT NULL,
    redacted text NOT NULL,
    title text NOT NULL,
    type text NOT NULL,
    last_used_at timestamp with time zone,
    created_by text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    revoked_by text,
    revoked_at timestamp with time zone,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT api_key_type_check CHECK ((type = ANY (ARRAY['publishable'::text, 'secret'::text])))
);

ALTER TABLE ONLY api_key
    ADD CONSTRAINT api_key_pkey PRIMARY KEY (id);

CREATE INDEX "IDX_api_key_deleted_at" ON api_key USING btree (deleted_at) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_api_key_redacted" ON api_key USING btree (redacted) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_api_key_revoked_at" ON api_key USING btree (revoked_at) WHERE (deleted_at IS NULL);

CREATE UNIQUE INDEX "IDX_api_key_token_unique" ON api_key USING btree (token);

CREATE INDEX "IDX_api_key_type" ON api_key USING btree (type);
