-- Medusa 2.21's product types, collections and tags (the product module's product_type,
-- product_collection, product_tag and its product_tags table), as `medusa db:migrate` creates
-- them (from a pg_dump of a migrated Medusa 2.21.2 database), and the foreign keys from product
-- to product_type and product_collection that the initial migration had to leave out.

CREATE TABLE product_type (
    id text NOT NULL,
    value text NOT NULL,
    metadata json,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    external_id text
);

CREATE TABLE product_collection (
    id text NOT NULL,
    title text NOT NULL,
    handle text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    external_id text
);

CREATE TABLE product_tag (
    id text NOT NULL,
    value text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    external_id text
);

CREATE TABLE product_tags (
    product_id text NOT NULL,
    product_tag_id text NOT NULL
);

ALTER TABLE ONLY product_type
    ADD CONSTRAINT product_type_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product_collection
    ADD CONSTRAINT product_collection_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product_tag
    ADD CONSTRAINT product_tag_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product_tags
    ADD CONSTRAINT product_tags_pkey PRIMARY KEY (product_id, product_tag_id);

CREATE UNIQUE INDEX "IDX_type_value_unique" ON product_type USING btree (value) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_type_deleted_at" ON product_type USING btree (deleted_at);

CREATE UNIQUE INDEX "IDX_collection_handle_unique" ON product_collection USING btree (handle) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_collection_deleted_at" ON product_collection USING btree (deleted_at);

CREATE UNIQUE INDEX "IDX_tag_value_unique" ON product_tag USING btree (value) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_tag_deleted_at" ON product_tag USING btree (deleted_at);

ALTER TABLE ONLY product_tags
    ADD CONSTRAINT product_tags_product_id_foreign FOREIGN KEY (product_id) REFERENCES product(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_tags
    ADD CONSTRAINT product_tags_product_tag_id_foreign FOREIGN KEY (product_tag_id) REFERENCES product_tag(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product
    ADD CONSTRAINT product_collection_id_foreign FOREIGN KEY (collection_id) REFERENCES product_collection(id) ON UPDATE CASCADE ON DELETE SET NULL;

ALTER TABLE ONLY product
    ADD CONSTRAINT product_type_id_foreign FOREIGN KEY (type_id) REFERENCES product_type(id) ON UPDATE CASCADE ON DELETE SET NULL;
