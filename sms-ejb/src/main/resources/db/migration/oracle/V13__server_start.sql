-- One row per server instance: when it last started and how often (TransactionLogOpener). Writing it at start is the
-- instance's first two-phase commit, made alone, so the transaction manager opens its log from one thread (Payara
-- opens it at the first two-phase commit without a lock; two at once corrupt a new log). Keep in step with standard/ V13.
CREATE TABLE server_start (
    instance_name     VARCHAR2(100)  NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    starts            NUMBER(19)     NOT NULL,
    CONSTRAINT pk_server_start PRIMARY KEY (instance_name)
);
