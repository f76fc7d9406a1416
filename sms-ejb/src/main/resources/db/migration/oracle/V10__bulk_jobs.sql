-- Oracle. Bulk suspend / resume jobs (issue 4): one row per job with its counters, one result row per subscriber.
-- For a job on an uploaded list the list's lines are stored first as PENDING results (seq = line number) and
-- worked through in order; for a job on an LCO, an area or a filter, results are added as subscribers are reached
-- (customer ID order, keyset on last_customer_id). Keep in step with standard/ V10.
CREATE SEQUENCE bulk_job_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE bulk_job (
    id                NUMBER(19)        NOT NULL,
    action            VARCHAR2(10)   NOT NULL,
    target_kind       VARCHAR2(10)   NOT NULL,
    target            VARCHAR2(500)  NOT NULL,
    target_lco_id     NUMBER(19),
    target_area       VARCHAR2(60),
    filter_customer_id VARCHAR2(20),
    filter_name       VARCHAR2(100),
    filter_mobile     VARCHAR2(20),
    filter_city       VARCHAR2(60),
    filter_state      VARCHAR2(60),
    filter_status     VARCHAR2(20),
    reason            VARCHAR2(500)  NOT NULL,
    requested_by      VARCHAR2(64)   NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_via     VARCHAR2(10)   NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    status            VARCHAR2(10)   NOT NULL,
    total             NUMBER(19)        NOT NULL,
    done              NUMBER(19)        NOT NULL,
    succeeded         NUMBER(19)        NOT NULL,
    skipped           NUMBER(19)        NOT NULL,
    failed            NUMBER(19)        NOT NULL,
    last_customer_id  VARCHAR2(20),
    last_seq          NUMBER(19)        NOT NULL,
    message           VARCHAR2(500),
    CONSTRAINT pk_bulk_job PRIMARY KEY (id)
);
CREATE INDEX ix_bulk_job_requested ON bulk_job (requested_at);

CREATE TABLE bulk_job_result (
    job_id       NUMBER(19)        NOT NULL,
    seq          NUMBER(19)        NOT NULL,
    customer_id  VARCHAR2(20)   NOT NULL,
    outcome      VARCHAR2(10)   NOT NULL,
    message      VARCHAR2(500),
    CONSTRAINT pk_bulk_job_result PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_bulk_job_result_job FOREIGN KEY (job_id) REFERENCES bulk_job (id)
);
