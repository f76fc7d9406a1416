-- Oracle. The subscriber's full record (contract number, area, LCO, customer application form) and its append-only
-- change history (issue 4). Keep in step with standard/ V8. Needs V6 (table lco).
ALTER TABLE subscriber ADD contract_number VARCHAR2(30);
ALTER TABLE subscriber ADD area VARCHAR2(60);
ALTER TABLE subscriber ADD lco_id NUMBER(19);
ALTER TABLE subscriber ADD caf_number VARCHAR2(30);
ALTER TABLE subscriber ADD caf_date DATE;
-- subscribers registered before this version keep their customer ID as contract number
UPDATE subscriber SET contract_number = customer_id WHERE contract_number IS NULL;
ALTER TABLE subscriber MODIFY contract_number NOT NULL;
ALTER TABLE subscriber ADD CONSTRAINT uk_subscriber_contract_number UNIQUE (contract_number);
ALTER TABLE subscriber ADD CONSTRAINT fk_subscriber_lco FOREIGN KEY (lco_id) REFERENCES lco (id);
-- an LCO's subscribers and an area's subscribers (bulk operations, LCO console)
CREATE INDEX ix_subscriber_lco ON subscriber (lco_id, customer_id);
CREATE INDEX ix_subscriber_area ON subscriber (area, customer_id);

-- Every change to a subscriber, registration and status changes included: written in the transaction of the change,
-- never updated or deleted. field is the field's name as clients write it (name, mobile, billingAddress, lco, status...).
CREATE SEQUENCE subscriber_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE subscriber_change (
    id             NUMBER(19)       NOT NULL,
    subscriber_id  NUMBER(19)       NOT NULL,
    field          VARCHAR2(40)  NOT NULL,
    old_value      VARCHAR2(500),
    new_value      VARCHAR2(500),
    reason         VARCHAR2(500),
    changed_by     VARCHAR2(64)  NOT NULL,
    surface        VARCHAR2(10)  NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_subscriber_change PRIMARY KEY (id),
    CONSTRAINT fk_subscriber_change_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id)
);
CREATE INDEX ix_subscriber_change_subscriber ON subscriber_change (subscriber_id, changed_at, id);
-- activation/deactivation history across subscribers (TRAI reports)
CREATE INDEX ix_subscriber_change_field ON subscriber_change (field, changed_at);
