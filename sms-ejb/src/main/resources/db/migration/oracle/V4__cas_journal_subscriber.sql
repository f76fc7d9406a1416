-- Oracle. The journal names the subscriber (customer ID) a command was issued for. Keep in step with standard/ V4.
ALTER TABLE cas_command ADD subscriber VARCHAR2(20);
CREATE INDEX ix_cas_command_subscriber ON cas_command (subscriber, requested_at);
CREATE INDEX ix_cas_command_kind ON cas_command (kind, requested_at);
