-- ledger_post_many, version 1: as created by migration 1795550000000-MeteringFastPaths (kept for the diff to version 2
-- and for migrating down).
CREATE OR REPLACE FUNCTION ledger_post_many(
    p_ids uuid[], p_from uuid[], p_to uuid[], p_amounts bigint[], p_kinds text[], p_references text[],
    p_memos text[], p_effective timestamptz[], p_reverses uuid[], p_created_by uuid)
  RETURNS TABLE (posted_reference text)
  LANGUAGE plpgsql SECURITY INVOKER AS $$
  BEGIN
    -- Every account involved, locked in the global lock order before any balance moves.
    PERFORM 1 FROM public.ledger_accounts a
      WHERE a.id = ANY (p_from || p_to)
      ORDER BY CASE a.kind WHEN 'COMPANY_FUNDING' THEN 0 WHEN 'ENGINEER_ALLOWANCE' THEN 1
                           WHEN 'TEAM_POOL' THEN 2 WHEN 'SPEND' THEN 3 ELSE 4 END, a.owner_id, a.id
      FOR UPDATE;
    RETURN QUERY
    WITH posted AS (
      INSERT INTO public.ledger_entries AS le (company_id, id, from_account_id, to_account_id, amount_micros, kind,
          reference, memo, effective_at, reverses_entry_id, created_by)
      SELECT nullif(current_setting('app.company_id', true), '')::uuid, t.id, t.from_id, t.to_id, t.amount, t.kind,
             t.reference, t.memo, t.effective_at, t.reverses, p_created_by
        FROM unnest(p_ids, p_from, p_to, p_amounts, p_kinds, p_references, p_memos, p_effective, p_reverses)
          AS t(id, from_id, to_id, amount, kind, reference, memo, effective_at, reverses)
      ON CONFLICT (company_id, reference) DO NOTHING
      RETURNING le.from_account_id, le.to_account_id, le.amount_micros, le.reference),
    moved AS (
      UPDATE public.ledger_accounts a SET balance_micros = a.balance_micros + m.delta
        FROM (SELECT x.id, sum(x.delta)::bigint AS delta FROM (
                SELECT posted.from_account_id AS id, -posted.amount_micros AS delta FROM posted
                UNION ALL
                SELECT posted.to_account_id, posted.amount_micros FROM posted) x
              GROUP BY x.id) m
       WHERE a.id = m.id
      RETURNING a.id)
    SELECT posted.reference::text FROM posted;
  END $$;
