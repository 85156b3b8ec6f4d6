-- ledger_entries_closed_grant_changes, version 1 in a file (earlier versions lived in migration strings:
-- 1795570000000-BurnClosedDays, then 1795620000000-BurnChangesByBusinessDay).
--
-- The statement trigger on ledger_entries that tells team burn its kept closed part may be stale: each
-- statement that inserts accrual entries records, per company, the earliest day they are effective
-- (burn_changes.day; the API counts only changes to days before its business date).
--
-- Changed from the migration's version: true-up adjustments (kind ADJUSTMENT) count as accrual beside
-- grants, so they are recorded too.
CREATE OR REPLACE FUNCTION ledger_entries_closed_grant_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO burn_changes (company_id, day)
  SELECT company_id, min((effective_at AT TIME ZONE 'UTC')::date) FROM new_rows
   WHERE kind IN ('GRANT', 'ADJUSTMENT') GROUP BY company_id;
  RETURN NULL;
END $$;
