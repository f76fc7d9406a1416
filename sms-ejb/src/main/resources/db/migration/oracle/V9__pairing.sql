-- Oracle. Pairing (issue 4): which set-top box is paired with which smart card at which subscriber, with its history. A row is
-- written when a pair is made and closed (unpaired_*) when it ends; it is never deleted. current_stb and current_card
-- hold the serials while the pair lasts and NULL afterwards: their unique constraints are "one card per STB, one STB
-- per card" among current pairs (NULLs never collide) and their indexes answer the search by STB serial or card
-- number. Keep in step with standard/ V9.
CREATE SEQUENCE pairing_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE pairing (
    id                     NUMBER(19)       NOT NULL,
    subscriber_id          NUMBER(19)       NOT NULL,
    customer_id            VARCHAR2(20)  NOT NULL,
    stb_serial             VARCHAR2(64)  NOT NULL,
    card_number            VARCHAR2(32)  NOT NULL,
    current_stb            VARCHAR2(64),
    current_card           VARCHAR2(32),
    activation             VARCHAR2(10)  NOT NULL,
    activation_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    activation_changed_by  VARCHAR2(64)  NOT NULL,
    replaces_id            NUMBER(19),
    paired_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    paired_by              VARCHAR2(64)  NOT NULL,
    paired_via             VARCHAR2(10)  NOT NULL,
    pair_reason            VARCHAR2(200),
    unpaired_at            TIMESTAMP WITH TIME ZONE,
    unpaired_by            VARCHAR2(64),
    unpaired_via           VARCHAR2(10),
    unpair_reason          VARCHAR2(200),
    version                NUMBER(19)       NOT NULL,
    CONSTRAINT pk_pairing PRIMARY KEY (id),
    CONSTRAINT uk_pairing_current_stb UNIQUE (current_stb),
    CONSTRAINT uk_pairing_current_card UNIQUE (current_card),
    CONSTRAINT fk_pairing_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id),
    CONSTRAINT fk_pairing_stb FOREIGN KEY (stb_serial) REFERENCES stb (serial),
    CONSTRAINT fk_pairing_card FOREIGN KEY (card_number) REFERENCES smart_card (card_number),
    CONSTRAINT fk_pairing_replaces FOREIGN KEY (replaces_id) REFERENCES pairing (id)
);
-- a subscriber's pairs (current and past), in order
CREATE INDEX ix_pairing_subscriber ON pairing (subscriber_id, paired_at, id);
-- where a device has been (every pair it was in, TRAI "locate every STB and VC")
CREATE INDEX ix_pairing_stb ON pairing (stb_serial, paired_at);
CREATE INDEX ix_pairing_card ON pairing (card_number, paired_at);
