-- What the SMS has told the CAS each card should be (kept by every issued command, in its transaction), and the
-- reconciliation runs that compare it with what the CAS has. Keep in step with oracle/ V5.
CREATE TABLE cas_card_expected (
    card             VARCHAR(32) NOT NULL,
    active           BOOLEAN     NOT NULL,
    blacklisted      BOOLEAN     NOT NULL,
    stb              VARCHAR(32),
    last_command_id  VARCHAR(36) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cas_card_expected PRIMARY KEY (card)
);

CREATE TABLE cas_card_expected_entitlement (
    card        VARCHAR(32) NOT NULL,
    product     VARCHAR(32) NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cas_card_expected_entitlement PRIMARY KEY (card, product),
    CONSTRAINT fk_cas_card_expected_entitlement FOREIGN KEY (card) REFERENCES cas_card_expected (card)
);

CREATE SEQUENCE cas_reconciliation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cas_reconciliation_run (
    id                BIGINT       NOT NULL,
    run_trigger       VARCHAR(12)  NOT NULL,
    requested_by      VARCHAR(64)  NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(10)  NOT NULL,
    cards_compared    BIGINT       NOT NULL,
    cards_in_flight   BIGINT       NOT NULL,
    cards_differing   BIGINT       NOT NULL,
    commands_resent   BIGINT       NOT NULL,
    last_card         VARCHAR(32),
    message           VARCHAR(500),
    CONSTRAINT pk_cas_reconciliation_run PRIMARY KEY (id)
);
CREATE INDEX ix_cas_reconciliation_run_started ON cas_reconciliation_run (started_at);

-- one row, locked by whoever starts a run, so that the servers of a cluster never start two at once
CREATE TABLE cas_reconciliation_lock (
    id  INTEGER NOT NULL,
    CONSTRAINT pk_cas_reconciliation_lock PRIMARY KEY (id)
);
INSERT INTO cas_reconciliation_lock (id) VALUES (1);

CREATE TABLE cas_reconciliation_difference (
    id          BIGINT       NOT NULL,
    run_id      BIGINT       NOT NULL,
    card        VARCHAR(32)  NOT NULL,
    aspect      VARCHAR(12)  NOT NULL,
    expected    VARCHAR(200) NOT NULL,
    actual      VARCHAR(200) NOT NULL,
    resent      VARCHAR(200),
    CONSTRAINT pk_cas_reconciliation_difference PRIMARY KEY (id),
    CONSTRAINT fk_cas_reconciliation_difference_run FOREIGN KEY (run_id) REFERENCES cas_reconciliation_run (id)
);
CREATE INDEX ix_cas_reconciliation_difference_run ON cas_reconciliation_difference (run_id, card);
