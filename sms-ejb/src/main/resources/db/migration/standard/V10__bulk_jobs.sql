-- Bulk suspend / resume jobs (issue 4): one row per job with its counters, one result row per subscriber.
-- For a job on an uploaded list the list's lines are stored first as PENDING results (seq = line number) and
-- worked through in order; for a job on an LCO, an area or a filter, results are added as subscribers are reached
-- (customer ID order, keyset on last_customer_id). Keep in step with oracle/ V10.
CREATE SEQUENCE bulk_job_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE bulk_job (
    id                BIGINT        NOT NULL,
    action            VARCHAR(10)   NOT NULL,
    target_kind       VARCHAR(10)   NOT NULL,
    target            VARCHAR(500)  NOT NULL,
    target_lco_id     BIGINT,
    target_area       VARCHAR(60),
    filter_customer_id VARCHAR(20),
    filter_name       VARCHAR(100),
    filter_mobile     VARCHAR(20),
    filter_city       VARCHAR(60),
    filter_state      VARCHAR(60),
    filter_status     VARCHAR(20),
    reason            VARCHAR(500)  NOT NULL,
    requested_by      VARCHAR(64)   NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_via     VARCHAR(10)   NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(10)   NOT NULL,
    total             BIGINT        NOT NULL,
    done              BIGINT        NOT NULL,
    succeeded         BIGINT        NOT NULL,
    skipped           BIGINT        NOT NULL,
    failed            BIGINT        NOT NULL,
    last_customer_id  VARCHAR(20),
    last_seq          BIGINT        NOT NULL,
    message           VARCHAR(500),
    CONSTRAINT pk_bulk_job PRIMARY KEY (id)
);
CREATE INDEX ix_bulk_job_requested ON bulk_job (requested_at);

CREATE TABLE bulk_job_result (
    job_id       BIGINT        NOT NULL,
    seq          BIGINT        NOT NULL,
    customer_id  VARCHAR(20)   NOT NULL,
    outcome      VARCHAR(10)   NOT NULL,
    message      VARCHAR(500),
    CONSTRAINT pk_bulk_job_result PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_bulk_job_result_job FOREIGN KEY (job_id) REFERENCES bulk_job (id)
);
