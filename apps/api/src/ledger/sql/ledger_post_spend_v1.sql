-- ledger_post_spend, version 1: spend postings (SpendPostings.charge) in one round trip.
--
-- Posts the batch with ledger_post_many (the global lock order, accounting periods, once per reference) and
-- then returns, beside the references posted now, the balance of every account the batch debits, read after
-- the posting while this transaction holds those accounts' locks: exact whatever runs concurrently, so the
-- caller can say which charge took an allowance below zero without another statement.
--
-- Rows: (reference, NULL, NULL) for each reference posted now, then (NULL, account, balance) for each debited
-- account. Same arguments as ledger_post_many. SECURITY INVOKER: the app role, under its FORCEd row-level
-- security, inside the caller's tenant transaction.
CREATE OR REPLACE FUNCTION ledger_post_spend(
    p_ids uuid[], p_from uuid[], p_to uuid[], p_amounts bigint[], p_kinds text[], p_references text[],
    p_memos text[], p_effective timestamptz[], p_reverses uuid[], p_created_by uuid)
  RETURNS TABLE (posted_reference text, debited_account_id uuid, balance_micros bigint)
  LANGUAGE plpgsql SECURITY INVOKER AS $$
BEGIN
  RETURN QUERY
    SELECT p.posted_reference, NULL::uuid, NULL::bigint
      FROM public.ledger_post_many(p_ids, p_from, p_to, p_amounts, p_kinds, p_references, p_memos, p_effective,
                                   p_reverses, p_created_by) p;
  RETURN QUERY
    SELECT NULL::text, a.id, a.balance_micros FROM public.ledger_accounts a WHERE a.id = ANY (p_from);
END $$;
