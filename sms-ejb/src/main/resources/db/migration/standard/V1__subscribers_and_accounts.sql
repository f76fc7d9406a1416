-- Standard SQL, shared by PostgreSQL and H2 (see SchemaMigration.locations). Keep in step with oracle/ V1.
-- EclipseLink reads each value as the last of a block of 50, so the first value must be 50.
CREATE SEQUENCE subscriber_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE subscriber (
    id                BIGINT       NOT NULL,
    customer_id       VARCHAR(20)  NOT NULL,
    name              VARCHAR(100) NOT NULL,
    name_key          VARCHAR(100) NOT NULL,
    mobile            VARCHAR(10)  NOT NULL,
    email             VARCHAR(254),
    landline          VARCHAR(16),
    billing_line1     VARCHAR(120) NOT NULL,
    billing_line2     VARCHAR(120),
    billing_city      VARCHAR(60)  NOT NULL,
    billing_state     VARCHAR(2)   NOT NULL,
    billing_pin_code  VARCHAR(6)   NOT NULL,
    install_line1     VARCHAR(120) NOT NULL,
    install_line2     VARCHAR(120),
    install_city      VARCHAR(60)  NOT NULL,
    install_state     VARCHAR(2)   NOT NULL,
    install_pin_code  VARCHAR(6)   NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by     VARCHAR(64)  NOT NULL,
    registered_via    VARCHAR(10)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_subscriber PRIMARY KEY (id),
    CONSTRAINT uk_subscriber_customer_id UNIQUE (customer_id),
    CONSTRAINT uk_subscriber_mobile UNIQUE (mobile)
);
CREATE INDEX ix_subscriber_name_key ON subscriber (name_key, customer_id);
CREATE INDEX ix_subscriber_city ON subscriber (billing_city, customer_id);
CREATE INDEX ix_subscriber_state ON subscriber (billing_state, customer_id);
CREATE INDEX ix_subscriber_status ON subscriber (status, customer_id);
CREATE INDEX ix_subscriber_registered_at ON subscriber (registered_at, customer_id);

CREATE TABLE user_account (
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    disabled_at    TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (username)
);

CREATE TABLE user_role (
    username  VARCHAR(64) NOT NULL,
    role      VARCHAR(20) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (username, role),
    CONSTRAINT fk_user_role_account FOREIGN KEY (username) REFERENCES user_account (username)
);
