-- Oracle. LCO master data (issue 4). Subscribers (V8) and stock (V7) refer to lco(id). Keep in step with standard/ V6.
-- EclipseLink reads each value as the last of a block of 50, so the first value must be 50.
CREATE SEQUENCE lco_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE lco (
    id              NUMBER(19)   NOT NULL,
    code            VARCHAR2(20)  NOT NULL,
    name            VARCHAR2(100) NOT NULL,
    name_key        VARCHAR2(100) NOT NULL,
    line1           VARCHAR2(120) NOT NULL,
    line2           VARCHAR2(120),
    city            VARCHAR2(60)  NOT NULL,
    state           VARCHAR2(2)   NOT NULL,
    pin_code        VARCHAR2(6)   NOT NULL,
    contact_person  VARCHAR2(100) NOT NULL,
    mobile          VARCHAR2(10)  NOT NULL,
    email           VARCHAR2(254),
    gstin           VARCHAR2(15),
    area            VARCHAR2(100) NOT NULL,
    area_key        VARCHAR2(100) NOT NULL,
    status          VARCHAR2(10)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR2(64)  NOT NULL,
    created_via     VARCHAR2(10)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE,
    updated_by      VARCHAR2(64),
    updated_via     VARCHAR2(10),
    version         NUMBER(19)   NOT NULL,
    CONSTRAINT pk_lco PRIMARY KEY (id),
    CONSTRAINT uk_lco_code UNIQUE (code)
);
CREATE INDEX ix_lco_name_key ON lco (name_key, code);
CREATE INDEX ix_lco_area_key ON lco (area_key, code);
