-- The journal names the subscriber (customer ID) a command was issued for, when there is one, so that an
-- auditor can list everything the CAS was told about one subscriber. Keep in step with oracle/ V4.
ALTER TABLE cas_command ADD subscriber VARCHAR(20);
CREATE INDEX ix_cas_command_subscriber ON cas_command (subscriber, requested_at);
CREATE INDEX ix_cas_command_kind ON cas_command (kind, requested_at);
