-- Oracle. Stock (issue 4): set-top boxes, smart cards and their append-only movement history. Keep in step with standard/ V7.
CREATE SEQUENCE stb_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE smart_card_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE device_movement_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE stb (
    id                NUMBER(19)      NOT NULL,
    serial            VARCHAR2(64) NOT NULL,
    vendor            VARCHAR2(60) NOT NULL,
    model             VARCHAR2(60) NOT NULL,
    lot               VARCHAR2(40) NOT NULL,
    warehouse         VARCHAR2(60) NOT NULL,
    state             VARCHAR2(20) NOT NULL,
    lco_id            NUMBER(19),
    cas_vendor        VARCHAR2(60),
    cas_id            VARCHAR2(64),
    state_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR2(64) NOT NULL,
    created_via       VARCHAR2(10) NOT NULL,
    version           NUMBER(19)      NOT NULL,
    CONSTRAINT pk_stb PRIMARY KEY (id),
    CONSTRAINT uk_stb_serial UNIQUE (serial),
    CONSTRAINT fk_stb_lco FOREIGN KEY (lco_id) REFERENCES lco (id)
);
CREATE INDEX ix_stb_state ON stb (state, serial);
CREATE INDEX ix_stb_lco ON stb (lco_id, state);
CREATE INDEX ix_stb_lot ON stb (lot, serial);

CREATE TABLE smart_card (
    id                NUMBER(19)      NOT NULL,
    card_number       VARCHAR2(32) NOT NULL,
    vendor            VARCHAR2(60) NOT NULL,
    lot               VARCHAR2(40) NOT NULL,
    warehouse         VARCHAR2(60) NOT NULL,
    state             VARCHAR2(20) NOT NULL,
    lco_id            NUMBER(19),
    cas_vendor        VARCHAR2(60),
    state_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR2(64) NOT NULL,
    created_via       VARCHAR2(10) NOT NULL,
    version           NUMBER(19)      NOT NULL,
    CONSTRAINT pk_smart_card PRIMARY KEY (id),
    CONSTRAINT uk_smart_card_number UNIQUE (card_number),
    CONSTRAINT fk_smart_card_lco FOREIGN KEY (lco_id) REFERENCES lco (id)
);
CREATE INDEX ix_smart_card_state ON smart_card (state, card_number);
CREATE INDEX ix_smart_card_lco ON smart_card (lco_id, state);
CREATE INDEX ix_smart_card_lot ON smart_card (lot, card_number);

CREATE TABLE device_movement (
    id           NUMBER(19)       NOT NULL,
    device_type  VARCHAR2(4)   NOT NULL,
    serial       VARCHAR2(64)  NOT NULL,
    from_state   VARCHAR2(20),
    to_state     VARCHAR2(20)  NOT NULL,
    from_lco     VARCHAR2(20),
    to_lco       VARCHAR2(20),
    operation    VARCHAR2(20)  NOT NULL,
    reason       VARCHAR2(200),
    moved_by     VARCHAR2(64)  NOT NULL,
    surface      VARCHAR2(10)  NOT NULL,
    moved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_device_movement PRIMARY KEY (id)
);
CREATE INDEX ix_device_movement_device ON device_movement (device_type, serial, moved_at);
