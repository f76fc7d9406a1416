-- Channel catalog, products, tariff limits, NCF rules and subscriptions (issue 5). Standard SQL for PostgreSQL and
-- H2; keep in step with oracle/ V12. Prices are effective-dated and never rewritten once in force: a price row is
-- (item, effective_from) and the price on a day is the row with the latest effective_from on or before it. Money is
-- NUMERIC(10,2) rupees. EclipseLink reads each sequence value as the last of a block of 50, so sequences start at 50.
CREATE SEQUENCE channel_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE channel (
    id              BIGINT        NOT NULL,
    code            VARCHAR(20)   NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    broadcaster     VARCHAR(100)  NOT NULL,
    genre           VARCHAR(40)   NOT NULL,
    language        VARCHAR(40)   NOT NULL,
    definition      VARCHAR(2)    NOT NULL,
    pay             BOOLEAN       NOT NULL,
    mandatory       BOOLEAN       NOT NULL,
    cas_service_id  VARCHAR(32)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_via     VARCHAR(10)   NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE,
    updated_by      VARCHAR(64),
    updated_via     VARCHAR(10),
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_channel PRIMARY KEY (id),
    CONSTRAINT uk_channel_code UNIQUE (code),
    CONSTRAINT uk_channel_cas_service UNIQUE (cas_service_id)
);
-- the broadcaster's MRP of a channel, per month of effect (history kept)
CREATE TABLE channel_price (
    channel_id      BIGINT        NOT NULL,
    effective_from  DATE          NOT NULL,
    mrp             NUMERIC(10,2) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_via    VARCHAR(10)   NOT NULL,
    CONSTRAINT pk_channel_price PRIMARY KEY (channel_id, effective_from),
    CONSTRAINT fk_channel_price_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
);

CREATE SEQUENCE product_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE product (
    id               BIGINT        NOT NULL,
    code             VARCHAR(20)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    broadcaster      VARCHAR(100),
    cas_product_id   VARCHAR(32)   NOT NULL,
    validity_days    INTEGER       NOT NULL,
    event_starts_at  TIMESTAMP WITH TIME ZONE,
    event_ends_at    TIMESTAMP WITH TIME ZONE,
    status           VARCHAR(10)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_via      VARCHAR(10)   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE,
    updated_by       VARCHAR(64),
    updated_via      VARCHAR(10),
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_product PRIMARY KEY (id),
    CONSTRAINT uk_product_code UNIQUE (code),
    CONSTRAINT uk_product_cas_product UNIQUE (cas_product_id)
);
-- a product's price to subscribers (the MSO's, "DPO price") and, for broadcaster bouquets, the broadcaster's MRP
CREATE TABLE product_price (
    product_id      BIGINT        NOT NULL,
    effective_from  DATE          NOT NULL,
    mrp             NUMERIC(10,2),
    price           NUMERIC(10,2) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_via    VARCHAR(10)   NOT NULL,
    CONSTRAINT pk_product_price PRIMARY KEY (product_id, effective_from),
    CONSTRAINT fk_product_price_product FOREIGN KEY (product_id) REFERENCES product (id)
);
-- which channels a product carries, from a date (inclusive) to a date (exclusive, NULL while it lasts)
CREATE TABLE product_channel (
    product_id      BIGINT        NOT NULL,
    channel_id      BIGINT        NOT NULL,
    from_date       DATE          NOT NULL,
    to_date         DATE,
    CONSTRAINT pk_product_channel PRIMARY KEY (product_id, channel_id, from_date),
    CONSTRAINT fk_product_channel_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_product_channel_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
);
CREATE INDEX ix_product_channel_channel ON product_channel (channel_id, product_id);

-- New Tariff Order limits, as configuration: one row per date of effect
CREATE TABLE tariff_limit (
    effective_from            DATE          NOT NULL,
    bouquet_channel_mrp_cap   NUMERIC(10,2) NOT NULL,
    bouquet_discount_cap      NUMERIC(5,2)  NOT NULL,
    price_not_above_mrp       BOOLEAN       NOT NULL,
    recorded_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by               VARCHAR(64)   NOT NULL,
    recorded_via              VARCHAR(10)   NOT NULL,
    CONSTRAINT pk_tariff_limit PRIMARY KEY (effective_from)
);
-- the limits of the 2024 amendment: a channel with an MRP above Rs 19 may not be in a bouquet; a bouquet may be at
-- most 45% cheaper than its pay channels a la carte; no price above the MRP
INSERT INTO tariff_limit VALUES (DATE '2000-01-01', 19.00, 45.00, TRUE, TIMESTAMP WITH TIME ZONE '2026-11-26 00:00:00+00:00', 'migration', 'SYSTEM');

-- network capacity fee rules: by region (state, NULL for all) and customer class (NULL for all), from a date; the
-- sequence starts past the seeded rule 1
CREATE SEQUENCE ncf_rule_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE ncf_rule (
    id                     BIGINT        NOT NULL,
    name                   VARCHAR(100)  NOT NULL,
    state                  VARCHAR(2),
    customer_class         VARCHAR(20),
    effective_from         DATE          NOT NULL,
    step_channels          INTEGER,
    step_amount            NUMERIC(10,2),
    additional_tv_percent  NUMERIC(5,2)  NOT NULL,
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by            VARCHAR(64)   NOT NULL,
    recorded_via           VARCHAR(10)   NOT NULL,
    CONSTRAINT pk_ncf_rule PRIMARY KEY (id)
);
CREATE INDEX ix_ncf_rule_scope ON ncf_rule (effective_from, id);
-- the fee for up to up_to_channels SD-equivalent channels (NULL: any number)
CREATE TABLE ncf_slab (
    rule_id         BIGINT        NOT NULL,
    slab_no         INTEGER       NOT NULL,
    up_to_channels  INTEGER,
    amount          NUMERIC(10,2) NOT NULL,
    CONSTRAINT pk_ncf_slab PRIMARY KEY (rule_id, slab_no),
    CONSTRAINT fk_ncf_slab_rule FOREIGN KEY (rule_id) REFERENCES ncf_rule (id)
);
-- NTO 2.0 (2020): at most Rs 130 for up to 200 channels, Rs 160 above; a further TV at most 40% of it
INSERT INTO ncf_rule VALUES (1, 'NTO 2.0 default', NULL, NULL, DATE '2000-01-01', NULL, NULL, 40.00,
    TIMESTAMP WITH TIME ZONE '2026-11-26 00:00:00+00:00', 'migration', 'SYSTEM');
INSERT INTO ncf_slab VALUES (1, 1, 200, 130.00);
INSERT INTO ncf_slab VALUES (1, 2, NULL, 160.00);

-- a product given to one STB of a subscriber, from start_date to end_date (both inclusive, India's calendar)
CREATE SEQUENCE subscription_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE subscription (
    id              BIGINT        NOT NULL,
    subscriber_id   BIGINT        NOT NULL,
    customer_id     VARCHAR(20)   NOT NULL,
    stb_serial      VARCHAR(64)   NOT NULL,
    product_id      BIGINT        NOT NULL,
    product_code    VARCHAR(20)   NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    auto_renew      BOOLEAN       NOT NULL,
    ended_on        DATE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_via     VARCHAR(10)   NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_subscription PRIMARY KEY (id),
    CONSTRAINT fk_subscription_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id),
    CONSTRAINT fk_subscription_product FOREIGN KEY (product_id) REFERENCES product (id)
);
-- what an STB or a subscriber has; the expiry and renewal run; who had a product on a day
CREATE INDEX ix_subscription_stb ON subscription (stb_serial, status);
CREATE INDEX ix_subscription_customer ON subscription (customer_id, start_date);
CREATE INDEX ix_subscription_due ON subscription (status, end_date, id);
CREATE INDEX ix_subscription_product ON subscription (product_id, start_date, end_date);

-- every change of a subscription (append-only): what, the period after it, who, when, from which surface
CREATE SEQUENCE subscription_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE subscription_event (
    id               BIGINT        NOT NULL,
    subscription_id  BIGINT        NOT NULL,
    customer_id      VARCHAR(20)   NOT NULL,
    stb_serial       VARCHAR(64)   NOT NULL,
    product_code     VARCHAR(20)   NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    start_date       DATE          NOT NULL,
    end_date         DATE          NOT NULL,
    detail           VARCHAR(200),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_by      VARCHAR(64)   NOT NULL,
    occurred_via     VARCHAR(10)   NOT NULL,
    CONSTRAINT pk_subscription_event PRIMARY KEY (id),
    CONSTRAINT fk_subscription_event_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id)
);
CREATE INDEX ix_subscription_event_customer ON subscription_event (customer_id, occurred_at, id);
CREATE INDEX ix_subscription_event_subscription ON subscription_event (subscription_id, id);
