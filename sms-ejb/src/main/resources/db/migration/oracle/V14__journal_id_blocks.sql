-- The append-only journals take their ids in blocks of 1,000 (the entities' allocationSize): the expiry and renewal
-- run writes a million command rows, a million outcome rows and a million history lines, and one nextval per 50 ids
-- was 60,000 round trips to the database. After the change each sequence is advanced once, so that the next value, the
-- end of the first block of 1,000, lies a whole block beyond every id given so far and is at least 1,000 on a new
-- database (H2 still answers one value of the old increment right after the change; this takes it). Every server of
-- a cluster must run the same version (the block size is the entities'). Keep in step with h2/ and postgresql/ V14.
ALTER SEQUENCE cas_command_seq INCREMENT BY 1000;
SELECT cas_command_seq.NEXTVAL FROM dual;
ALTER SEQUENCE cas_outcome_seq INCREMENT BY 1000;
SELECT cas_outcome_seq.NEXTVAL FROM dual;
ALTER SEQUENCE subscription_event_seq INCREMENT BY 1000;
SELECT subscription_event_seq.NEXTVAL FROM dual;
