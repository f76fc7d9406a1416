-- The CAS command journal: append-only. A command row is written in the transaction that issued the command;
-- outcome rows are appended as the CAS answers. Keep in step with oracle/ V3.
CREATE SEQUENCE cas_command_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE cas_outcome_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cas_command (
    id            BIGINT      NOT NULL,
    command_id    VARCHAR(36) NOT NULL,
    kind          VARCHAR(32) NOT NULL,
    card          VARCHAR(32),
    target        VARCHAR(80) NOT NULL,
    requested_by  VARCHAR(64) NOT NULL,
    surface       VARCHAR(10) NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cas_command PRIMARY KEY (id),
    CONSTRAINT uk_cas_command_command_id UNIQUE (command_id)
);
CREATE INDEX ix_cas_command_card ON cas_command (card, requested_at);
CREATE INDEX ix_cas_command_requested_at ON cas_command (requested_at);

CREATE TABLE cas_command_outcome (
    id           BIGINT       NOT NULL,
    command_id   VARCHAR(36)  NOT NULL,
    outcome      VARCHAR(10)  NOT NULL,
    code         INTEGER      NOT NULL,
    reason       VARCHAR(500),
    attempts     INTEGER      NOT NULL,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cas_command_outcome PRIMARY KEY (id)
);
CREATE INDEX ix_cas_command_outcome_command ON cas_command_outcome (command_id, reported_at);
