-- Seals of the append-only journals (JournalSeals): each seal covers a run of a journal's rows by id, holds the
-- SHA-256 of their contents chained to the journal's previous seal, and so makes any later change, insertion or
-- deletion of a sealed row detectable. One chain per journal; a second seal of the same rows (two servers at once)
-- is refused by the unique key. Keep in step with oracle/ V15.
CREATE TABLE journal_seal (
    id               BIGINT        NOT NULL,
    journal          VARCHAR(40)   NOT NULL,
    first_id         BIGINT        NOT NULL,
    last_id          BIGINT        NOT NULL,
    row_count        BIGINT        NOT NULL,
    digest           VARCHAR(64)   NOT NULL,
    previous_digest  VARCHAR(64)   NOT NULL,
    sealed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_journal_seal PRIMARY KEY (id),
    CONSTRAINT uk_journal_seal_first UNIQUE (journal, first_id)
);
CREATE SEQUENCE journal_seal_seq START WITH 1 INCREMENT BY 1;
