-- An auditor's anchors (JournalSealService.anchors) are looked up by digest. Keep in step with standard/ V16.
CREATE INDEX ix_journal_seal_digest ON journal_seal (digest);
