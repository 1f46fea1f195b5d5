-- Medusa 2.21's tables for the product-variant / pricing / inventory / stock-location domain,
-- as `medusa db:migrate` creates them (from a pg_dump of a migrated Medusa 2.21.2 database).
-- Left out: Medusa's own bookkeeping table link_module_migrations, and the foreign keys from
-- product to product_collection and product_type, tables outside this gateway's domain.

CREATE TABLE image (
    id text NOT NULL,
    url text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    rank integer DEFAULT 0 NOT NULL,
    product_id text NOT NULL
);

CREATE TABLE inventory_item (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    sku text,
    origin_country text,
    hs_code text,
    mid_code text,
    material text,
    weight integer,
    length integer,
    height integer,
    width integer,
    requires_shipping boolean DEFAULT true NOT NULL,
    description text,
    title text,
    thumbnail text,
    metadata jsonb,
    unit_of_measure text
);

CREATE TABLE inventory_level (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    inventory_item_id text NOT NULL,
    location_id text NOT NULL,
    stocked_quantity numeric DEFAULT 0 NOT NULL,
    reserved_quantity numeric DEFAULT 0 NOT NULL,
    incoming_quantity numeric DEFAULT 0 NOT NULL,
    metadata jsonb,
    raw_stocked_quantity jsonb,
    raw_reserved_quantity jsonb,
    raw_incoming_quantity jsonb
);

CREATE TABLE price (
    id text NOT NULL,
    title text,
    price_set_id text NOT NULL,
    currency_code text NOT NULL,
    raw_amount jsonb NOT NULL,
    rules_count integer DEFAULT 0,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    price_list_id text,
    amount numeric NOT NULL,
    min_quantity numeric,
    max_quantity numeric,
    raw_min_quantity jsonb,
    raw_max_quantity jsonb
);

CREATE TABLE price_list (
    id text NOT NULL,
    status text DEFAULT 'draft'::text NOT NULL,
    starts_at timestamp with time zone,
    ends_at timestamp with time zone,
    rules_count integer DEFAULT 0,
    title text NOT NULL,
    description text NOT NULL,
    type text DEFAULT 'sale'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    metadata jsonb,
    CONSTRAINT price_list_status_check CHECK ((status = ANY (ARRAY['active'::text, 'draft'::text]))),
    CONSTRAINT price_list_type_check CHECK ((type = ANY (ARRAY['sale'::text, 'override'::text])))
);

CREATE TABLE price_list_rule (
    id text NOT NULL,
    price_list_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    value jsonb,
    attribute text DEFAULT ''::text NOT NULL
);

CREATE TABLE price_preference (
    id text NOT NULL,
    attribute text NOT NULL,
    value text,
    is_tax_inclusive boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE price_rule (
    id text NOT NULL,
    value text NOT NULL,
    priority integer DEFAULT 0 NOT NULL,
    price_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    attribute text DEFAULT ''::text NOT NULL,
    operator text DEFAULT 'eq'::text NOT NULL,
    CONSTRAINT price_rule_operator_check CHECK ((operator = ANY (ARRAY['gte'::text, 'lte'::text, 'gt'::text, 'lt'::text, 'eq'::text])))
);

CREATE TABLE price_set (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE product (
    id text NOT NULL,
    title text NOT NULL,
    handle text NOT NULL,
    subtitle text,
    description text,
    is_giftcard boolean DEFAULT false NOT NULL,
    status text DEFAULT 'draft'::text NOT NULL,
    thumbnail text,
    weight real,
    length real,
    height real,
    width real,
    origin_country text,
    hs_code text,
    mid_code text,
    material text,
    collection_id text,
    type_id text,
    discountable boolean DEFAULT true NOT NULL,
    external_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    metadata jsonb,
    CONSTRAINT product_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'proposed'::text, 'published'::text, 'rejected'::text])))
);

CREATE TABLE product_option (
    id text NOT NULL,
    title text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    is_exclusive boolean DEFAULT false NOT NULL
);

CREATE TABLE product_option_value (
    id text NOT NULL,
    value text NOT NULL,
    option_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    rank integer
);

CREATE TABLE product_product_option (
    id text NOT NULL,
    product_id text NOT NULL,
    product_option_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE product_product_option_value (
    id text NOT NULL,
    product_product_option_id text NOT NULL,
    product_option_value_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE product_sales_channel (
    product_id character varying(255) NOT NULL,
    sales_channel_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE product_variant (
    id text NOT NULL,
    title text NOT NULL,
    sku text,
    barcode text,
    ean text,
    upc text,
    allow_backorder boolean DEFAULT false NOT NULL,
    manage_inventory boolean DEFAULT true NOT NULL,
    hs_code text,
    origin_country text,
    mid_code text,
    material text,
    weight real,
    length real,
    height real,
    width real,
    metadata jsonb,
    variant_rank integer DEFAULT 0,
    product_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    thumbnail text
);

CREATE TABLE product_variant_inventory_item (
    variant_id character varying(255) NOT NULL,
    inventory_item_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    required_quantity numeric DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE product_variant_option (
    variant_id text NOT NULL,
    option_value_id text NOT NULL
);

CREATE TABLE product_variant_price_set (
    variant_id character varying(255) NOT NULL,
    price_set_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE product_variant_product_image (
    id text NOT NULL,
    variant_id text NOT NULL,
    image_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE reservation_item (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    line_item_id text,
    location_id text NOT NULL,
    quantity numeric NOT NULL,
    external_id text,
    description text,
    created_by text,
    metadata jsonb,
    inventory_item_id text NOT NULL,
    allow_backorder boolean DEFAULT false,
    raw_quantity jsonb
);

CREATE TABLE sales_channel (
    id text NOT NULL,
    name text NOT NULL,
    description text,
    is_disabled boolean DEFAULT false NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE sales_channel_stock_location (
    sales_channel_id character varying(255) NOT NULL,
    stock_location_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);

CREATE TABLE stock_location (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    name text NOT NULL,
    address_id text,
    metadata jsonb
);

CREATE TABLE stock_location_address (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    address_1 text NOT NULL,
    address_2 text,
    company text,
    city text,
    country_code text NOT NULL,
    phone text,
    province text,
    postal_code text,
    metadata jsonb
);

ALTER TABLE ONLY image
    ADD CONSTRAINT image_pkey PRIMARY KEY (id);

ALTER TABLE ONLY inventory_item
    ADD CONSTRAINT inventory_item_pkey PRIMARY KEY (id);

ALTER TABLE ONLY inventory_level
    ADD CONSTRAINT inventory_level_pkey PRIMARY KEY (id);

ALTER TABLE ONLY price_list
    ADD CONSTRAINT price_list_pkey PRIMARY KEY (id);

ALTER TABLE ONLY price_list_rule
    ADD CONSTRAINT price_list_rule_pkey PRIMARY KEY (id);

ALTER TABLE ONLY price
    ADD CONSTRAINT price_pkey PRIMARY KEY (id);

ALTER TABLE ONLY price_preference
    ADD CONSTRAINT price_preference_pkey PRIMARY KEY (id);

ALTER TABLE ONLY price_rule
    ADD CONSTRAINT price_rule_pkey PRIMARY KEY (id);

ALTER TABLE ONLY price_set
    ADD CONSTRAINT price_set_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product_option
    ADD CONSTRAINT product_option_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product_option_value
    ADD CONSTRAINT product_option_value_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product
    ADD CONSTRAINT product_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product_product_option
    ADD CONSTRAINT product_product_option_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product_product_option_value
    ADD CONSTRAINT product_product_option_value_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product_sales_channel
    ADD CONSTRAINT product_sales_channel_pkey PRIMARY KEY (product_id, sales_channel_id);

ALTER TABLE ONLY product_variant_inventory_item
    ADD CONSTRAINT product_variant_inventory_item_pkey PRIMARY KEY (variant_id, inventory_item_id);

ALTER TABLE ONLY product_variant_option
    ADD CONSTRAINT product_variant_option_pkey PRIMARY KEY (variant_id, option_value_id);

ALTER TABLE ONLY product_variant
    ADD CONSTRAINT product_variant_pkey PRIMARY KEY (id);

ALTER TABLE ONLY product_variant_price_set
    ADD CONSTRAINT product_variant_price_set_pkey PRIMARY KEY (variant_id, price_set_id);

ALTER TABLE ONLY product_variant_product_image
    ADD CONSTRAINT product_variant_product_image_pkey PRIMARY KEY (id);

ALTER TABLE ONLY reservation_item
    ADD CONSTRAINT reservation_item_pkey PRIMARY KEY (id);

ALTER TABLE ONLY sales_channel
    ADD CONSTRAINT sales_channel_pkey PRIMARY KEY (id);

ALTER TABLE ONLY sales_channel_stock_location
    ADD CONSTRAINT sales_channel_stock_location_pkey PRIMARY KEY (sales_channel_id, stock_location_id);

ALTER TABLE ONLY stock_location_address
    ADD CONSTRAINT stock_location_address_pkey PRIMARY KEY (id);

ALTER TABLE ONLY stock_location
    ADD CONSTRAINT stock_location_pkey PRIMARY KEY (id);

CREATE INDEX "IDX_deleted_at_17b4c4e35" ON product_variant_inventory_item USING btree (deleted_at);

CREATE INDEX "IDX_deleted_at_20b454295" ON product_sales_channel USING btree (deleted_at);

CREATE INDEX "IDX_deleted_at_26d06f470" ON sales_channel_stock_location USING btree (deleted_at);

CREATE INDEX "IDX_deleted_at_52b23597" ON product_variant_price_set USING btree (deleted_at);

CREATE INDEX "IDX_id_17b4c4e35" ON product_variant_inventory_item USING btree (id);

CREATE INDEX "IDX_id_20b454295" ON product_sales_channel USING btree (id);

CREATE INDEX "IDX_id_26d06f470" ON sales_channel_stock_location USING btree (id);

CREATE INDEX "IDX_id_52b23597" ON product_variant_price_set USING btree (id);

CREATE INDEX "IDX_image_deleted_at" ON image USING btree (deleted_at) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_image_product_id" ON image USING btree (product_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_inventory_item_deleted_at" ON inventory_item USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_inventory_item_id_17b4c4e35" ON product_variant_inventory_item USING btree (inventory_item_id) WHERE (deleted_at IS NULL);

CREATE UNIQUE INDEX "IDX_inventory_item_sku" ON inventory_item USING btree (sku) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_inventory_level_deleted_at" ON inventory_level USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_inventory_level_inventory_item_id" ON inventory_level USING btree (inventory_item_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_inventory_level_location_id" ON inventory_level USING btree (location_id) WHERE (deleted_at IS NULL);

CREATE UNIQUE INDEX "IDX_inventory_level_location_id_inventory_item_id" ON inventory_level USING btree (inventory_item_id, location_id) WHERE (deleted_at IS NULL);

CREATE UNIQUE INDEX "IDX_option_value_option_id_unique" ON product_option_value USING btree (option_id, value) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_currency_code" ON price USING btree (currency_code) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_deleted_at" ON price USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_price_list_deleted_at" ON price_list USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_price_list_id_status_starts_at_ends_at" ON price_list USING btree (id, status, starts_at, ends_at) WHERE ((deleted_at IS NULL) AND (status = 'active'::text));

CREATE INDEX "IDX_price_list_rule_attribute" ON price_list_rule USING btree (attribute) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_list_rule_deleted_at" ON price_list_rule USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_price_list_rule_price_list_id" ON price_list_rule USING btree (price_list_id) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_price_list_rule_value" ON price_list_rule USING gin (value) WHERE (deleted_at IS NULL);

CREATE UNIQUE INDEX "IDX_price_preference_attribute_value" ON price_preference USING btree (attribute, value) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_preference_deleted_at" ON price_preference USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_price_price_list_id" ON price USING btree (price_list_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_price_set_id" ON price USING btree (price_set_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_rule_attribute" ON price_rule USING btree (attribute) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_rule_attribute_value" ON price_rule USING btree (attribute, value) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_rule_attribute_value_price_id" ON price_rule USING btree (attribute, value, price_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_rule_deleted_at" ON price_rule USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_price_rule_operator" ON price_rule USING btree (operator);

CREATE INDEX "IDX_price_rule_operator_value" ON price_rule USING btree (operator, value) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_rule_price_id" ON price_rule USING btree (price_id) WHERE (deleted_at IS NULL);

CREATE UNIQUE INDEX "IDX_price_rule_price_id_attribute_operator_unique" ON price_rule USING btree (price_id, attribute, operator) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_price_set_deleted_at" ON price_set USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_price_set_id_52b23597" ON product_variant_price_set USING btree (price_set_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_collection_id" ON product USING btree (collection_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_deleted_at" ON product USING btree (deleted_at);

CREATE UNIQUE INDEX "IDX_product_handle_unique" ON product USING btree (handle) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_id_20b454295" ON product_sales_channel USING btree (product_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_image_rank" ON image USING btree (rank) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_image_rank_product_id" ON image USING btree (rank, product_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_image_url" ON image USING btree (url) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_image_url_rank_product_id" ON image USING btree (url, rank, product_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_option_deleted_at" ON product_option USING btree (deleted_at);

CREATE UNIQUE INDEX "IDX_product_option_global_title_unique" ON product_option USING btree (title) WHERE ((deleted_at IS NULL) AND (is_exclusive = false));

CREATE INDEX "IDX_product_option_value_deleted_at" ON product_option_value USING btree (deleted_at);

CREATE INDEX "IDX_product_option_value_option_id" ON product_option_value USING btree (option_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_product_option_deleted_at" ON product_product_option USING btree (deleted_at) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_product_option_product_id" ON product_product_option USING btree (product_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_product_option_product_option_id" ON product_product_option USING btree (product_option_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_product_option_value_deleted_at" ON product_product_option_value USING btree (deleted_at) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_product_option_value_product_option_value_id" ON product_product_option_value USING btree (product_option_value_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_product_option_value_product_product_option_id" ON product_product_option_value USING btree (product_product_option_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_product_option_value_product_product_option_id_fk" ON product_product_option_value USING btree (product_product_option_id);

CREATE INDEX "IDX_product_status" ON product USING btree (status) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_type_id" ON product USING btree (type_id) WHERE (deleted_at IS NULL);

CREATE UNIQUE INDEX "IDX_product_variant_barcode_unique" ON product_variant USING btree (barcode) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_variant_deleted_at" ON product_variant USING btree (deleted_at);

CREATE UNIQUE INDEX "IDX_product_variant_ean_unique" ON product_variant USING btree (ean) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_variant_id_product_id" ON product_variant USING btree (id, product_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_variant_product_id" ON product_variant USING btree (product_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_variant_product_image_deleted_at" ON product_variant_product_image USING btree (deleted_at) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_variant_product_image_image_id" ON product_variant_product_image USING btree (image_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_product_variant_product_image_variant_id" ON product_variant_product_image USING btree (variant_id) WHERE (deleted_at IS NULL);

CREATE UNIQUE INDEX "IDX_product_variant_sku_unique" ON product_variant USING btree (sku) WHERE (deleted_at IS NULL);

CREATE UNIQUE INDEX "IDX_product_variant_upc_unique" ON product_variant USING btree (upc) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_reservation_item_deleted_at" ON reservation_item USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_reservation_item_inventory_item_id" ON reservation_item USING btree (inventory_item_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_reservation_item_line_item_id" ON reservation_item USING btree (line_item_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_reservation_item_location_id" ON reservation_item USING btree (location_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_sales_channel_deleted_at" ON sales_channel USING btree (deleted_at);

CREATE INDEX "IDX_sales_channel_id_20b454295" ON product_sales_channel USING btree (sales_channel_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_sales_channel_id_26d06f470" ON sales_channel_stock_location USING btree (sales_channel_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_stock_location_address_deleted_at" ON stock_location_address USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE UNIQUE INDEX "IDX_stock_location_address_id_unique" ON stock_location USING btree (address_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_stock_location_deleted_at" ON stock_location USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE INDEX "IDX_stock_location_id_26d06f470" ON sales_channel_stock_location USING btree (stock_location_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_variant_id_17b4c4e35" ON product_variant_inventory_item USING btree (variant_id) WHERE (deleted_at IS NULL);

CREATE INDEX "IDX_variant_id_52b23597" ON product_variant_price_set USING btree (variant_id) WHERE (deleted_at IS NULL);

ALTER TABLE ONLY image
    ADD CONSTRAINT image_product_id_foreign FOREIGN KEY (product_id) REFERENCES product(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY inventory_level
    ADD CONSTRAINT inventory_level_inventory_item_id_foreign FOREIGN KEY (inventory_item_id) REFERENCES inventory_item(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY price_list_rule
    ADD CONSTRAINT price_list_rule_price_list_id_foreign FOREIGN KEY (price_list_id) REFERENCES price_list(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY price
    ADD CONSTRAINT price_price_list_id_foreign FOREIGN KEY (price_list_id) REFERENCES price_list(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY price
    ADD CONSTRAINT price_price_set_id_foreign FOREIGN KEY (price_set_id) REFERENCES price_set(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY price_rule
    ADD CONSTRAINT price_rule_price_id_foreign FOREIGN KEY (price_id) REFERENCES price(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_option_value
    ADD CONSTRAINT product_option_value_option_id_foreign FOREIGN KEY (option_id) REFERENCES product_option(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_product_option
    ADD CONSTRAINT product_product_option_product_id_foreign FOREIGN KEY (product_id) REFERENCES product(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_product_option
    ADD CONSTRAINT product_product_option_product_option_id_foreign FOREIGN KEY (product_option_id) REFERENCES product_option(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_product_option_value
    ADD CONSTRAINT product_product_option_value_product_option_value_id_foreign FOREIGN KEY (product_option_value_id) REFERENCES product_option_value(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_product_option_value
    ADD CONSTRAINT product_product_option_value_product_product_option_id_foreign FOREIGN KEY (product_product_option_id) REFERENCES product_product_option(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_variant_option
    ADD CONSTRAINT product_variant_option_option_value_id_foreign FOREIGN KEY (option_value_id) REFERENCES product_option_value(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_variant_option
    ADD CONSTRAINT product_variant_option_variant_id_foreign FOREIGN KEY (variant_id) REFERENCES product_variant(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_variant
    ADD CONSTRAINT product_variant_product_id_foreign FOREIGN KEY (product_id) REFERENCES product(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY product_variant_product_image
    ADD CONSTRAINT product_variant_product_image_image_id_foreign FOREIGN KEY (image_id) REFERENCES image(id) ON DELETE CASCADE;

ALTER TABLE ONLY reservation_item
    ADD CONSTRAINT reservation_item_inventory_item_id_foreign FOREIGN KEY (inventory_item_id) REFERENCES inventory_item(id) ON UPDATE CASCADE ON DELETE CASCADE;

ALTER TABLE ONLY stock_location
    ADD CONSTRAINT stock_location_address_id_foreign FOREIGN KEY (address_id) REFERENCES stock_location_address(id) ON UPDATE CASCADE ON DELETE CASCADE;
