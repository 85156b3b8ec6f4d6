-- Accounting periods, version 1: what the posting paths ask before they post.
--
-- A month (in the company's time zone, companies.time_zone) is open or closed; months close in order, so the
-- closed months are every month up to the latest row of accounting_periods. An entry effective in a closed
-- month is posted at the first instant of the first open month instead (its original date is kept in
-- ledger_entries.original_effective_at): it belongs to, and counts against, that month.
--
-- Posting and closing never cross: every posting takes the company's period lock SHARED (for the rest of its
-- transaction) before it reads where the open months start; closing takes it EXCLUSIVE, so it waits for the
-- postings under way to commit, and a posting that starts after it sees the closed month.

-- The advisory-lock key of a company's accounting periods (the same for every caller).
CREATE OR REPLACE FUNCTION ledger_period_lock_key(p_company_id uuid) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT hashtextextended('ledger-periods:' || p_company_id::text, 0)
$$;

-- The first instant of the first open month of the current company ('-infinity' while no month is closed).
-- VOLATILE: its SELECT reads a fresh snapshot after the lock is granted.
CREATE OR REPLACE FUNCTION ledger_open_from() RETURNS timestamptz
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $$
DECLARE
  v_company uuid := nullif(current_setting('app.company_id', true), '')::uuid;
  v_open timestamptz;
BEGIN
  IF v_company IS NULL THEN
    RETURN '-infinity';
  END IF;
  PERFORM pg_advisory_xact_lock_shared(public.ledger_period_lock_key(v_company));
  SELECT ((p.month + interval '1 month')::timestamp AT TIME ZONE c.time_zone)
    INTO v_open
    FROM public.accounting_periods p
    JOIN public.companies c ON c.id = p.company_id
   WHERE p.company_id = v_company
   ORDER BY p.month DESC
   LIMIT 1;
  RETURN coalesce(v_open, '-infinity');
END $$;
