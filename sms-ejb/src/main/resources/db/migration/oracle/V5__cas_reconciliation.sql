-- Oracle. What the SMS has told the CAS each card should be (kept by every issued command, in its transaction), and the
-- reconciliation runs that compare it with what the CAS has. Keep in step with standard/ V5.
CREATE TABLE cas_card_expected (
    card             VARCHAR2(32) NOT NULL,
    active           NUMBER(1)   NOT NULL,
    blacklisted      NUMBER(1)   NOT NULL,
    stb              VARCHAR2(32),
    last_command_id  VARCHAR2(36) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cas_card_expected PRIMARY KEY (card)
);

CREATE TABLE cas_card_expected_entitlement (
    card        VARCHAR2(32) NOT NULL,
    product     VARCHAR2(32) NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cas_card_expected_entitlement PRIMARY KEY (card, product),
    CONSTRAINT fk_cas_card_expected_entitlement FOREIGN KEY (card) REFERENCES cas_card_expected (card)
);

CREATE SEQUENCE cas_reconciliation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cas_reconciliation_run (
    id                NUMBER(19)       NOT NULL,
    run_trigger       VARCHAR2(12)  NOT NULL,
    requested_by      VARCHAR2(64)  NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    status            VARCHAR2(10)  NOT NULL,
    cards_compared    NUMBER(19)       NOT NULL,
    cards_in_flight   NUMBER(19)       NOT NULL,
    cards_differing   NUMBER(19)       NOT NULL,
    commands_resent   NUMBER(19)       NOT NULL,
    last_card         VARCHAR2(32),
    message           VARCHAR2(500),
    CONSTRAINT pk_cas_reconciliation_run PRIMARY KEY (id)
);
CREATE INDEX ix_cas_reconciliation_run_started ON cas_reconciliation_run (started_at);

-- one row, locked by whoever starts a run, so that the servers of a cluster never start two at once
CREATE TABLE cas_reconciliation_lock (
    id  NUMBER(10) NOT NULL,
    CONSTRAINT pk_cas_reconciliation_lock PRIMARY KEY (id)
);
INSERT INTO cas_reconciliation_lock (id) VALUES (1);

CREATE TABLE cas_reconciliation_difference (
    id          NUMBER(19)       NOT NULL,
    run_id      NUMBER(19)       NOT NULL,
    card        VARCHAR2(32)  NOT NULL,
    aspect      VARCHAR2(12)  NOT NULL,
    expected    VARCHAR2(200) NOT NULL,
    actual      VARCHAR2(200) NOT NULL,
    resent      VARCHAR2(200),
    CONSTRAINT pk_cas_reconciliation_difference PRIMARY KEY (id),
    CONSTRAINT fk_cas_reconciliation_difference_run FOREIGN KEY (run_id) REFERENCES cas_reconciliation_run (id)
);
CREATE INDEX ix_cas_reconciliation_difference_run ON cas_reconciliation_difference (run_id, card);
