-- authorize_hold, version 3 (version 2: migration 1795630000000-LedgerHouse).
--
-- The reservation of a real-time authorization in one round trip (apps/api/src/ledger/ledger-holds.ts,
-- LedgerHolds.hold): who the engineer is (BudgetService.context's query), whether the requestId was already
-- held, then the reservation (one conditional UPDATE of the engineer's allowance; team-pool overflow locks the
-- allowance, then reserves the rest on the pool with one conditional UPDATE, then takes the allowance's part:
-- both or neither) and the hold row. Refusals reserve nothing; the caller raises them (and rolls back).
--
-- SECURITY INVOKER: it runs as the app role, under its FORCEd row-level security, inside the caller's tenant
-- transaction.
--
-- Changed from version 2: an engineer in overage (their allowance balance below zero: spend beyond it was
-- charged, e.g. a settle above its hold) does not draw on the team pool. Under a hard budget they are refused
-- (outcome 'refused', r_pool false: their own allowance is the budget that ran out, r_available what it has)
-- until grants, a transfer or an approved increase cover the overage. A soft budget still holds and flags.
-- Same signature and result as version 2.
CREATE OR REPLACE FUNCTION authorize_hold(
    p_engineer_id uuid, p_email text, p_expected_email text, p_request_id text, p_provider text, p_model text,
    p_priced_as text, p_unpriced boolean, p_estimated_input_tokens integer, p_max_output_tokens integer,
    p_amount bigint, p_ttl_seconds integer, p_hold_id uuid, p_today date)
  RETURNS TABLE (outcome text, r_engineer_id uuid, r_email text, r_end_date text, r_enforcement text,
                 r_pool boolean, r_available text, r_hold jsonb)
  LANGUAGE plpgsql SECURITY INVOKER AS $$
  DECLARE
    v_id uuid := p_engineer_id;
    v record;
    v_allow uuid;
    v_existing public.holds;
    v_hold public.holds;
    v_take bigint;
    v_rest bigint;
    v_reserved boolean := false;
    v_engineer_part bigint := 0;
    v_pool_part bigint := 0;
    v_over boolean := false;
    v_in_overage boolean := false;
  BEGIN
    IF v_id IS NULL THEN
      SELECT e.id INTO v_id FROM public.engineers e WHERE e.email = lower(p_email);
    END IF;
    -- BudgetService.context: enforcement, current team, its pool when it overflows, ledger accounts.
    SELECT e.id, e.email, to_char(e.end_date, 'YYYY-MM-DD') AS end_date, e.end_date AS end_day,
           coalesce(e.budget_enforcement, p.enforcement, 'SOFT') AS enforcement,
           a.id AS allowance_account_id, CASE WHEN t.pool_overflow THEN pa.id END AS pool_account_id
      INTO v
      FROM public.engineers e
      LEFT JOIN public.allowance_policies p ON p.company_id = e.company_id
      LEFT JOIN LATERAL (
        SELECT m.team_id FROM public.team_memberships m
         WHERE m.engineer_id = e.id AND m.effective_from <= p_today
         ORDER BY m.effective_from DESC LIMIT 1) m ON true
      LEFT JOIN public.teams t ON t.id = m.team_id
      LEFT JOIN public.ledger_accounts a ON a.kind = 'ENGINEER_ALLOWANCE' AND a.owner_id = e.id
      LEFT JOIN public.ledger_accounts pa ON pa.kind = 'TEAM_POOL' AND pa.owner_id = t.id
     WHERE e.id = v_id;
    IF NOT FOUND THEN
      outcome := 'no_engineer';
      RETURN NEXT;
      RETURN;
    END IF;
    r_engineer_id := v.id;
    r_email := v.email;
    r_end_date := v.end_date;
    r_enforcement := v.enforcement;
    r_pool := v.pool_account_id IS NOT NULL;
    IF p_expected_email IS NOT NULL AND p_expected_email <> v.email THEN
      outcome := 'email_mismatch';
      RETURN NEXT;
      RETURN;
    END IF;
    v_allow := v.allowance_account_id;

    SELECT * INTO v_existing FROM public.holds h WHERE h.request_id = p_request_id;
    IF FOUND THEN
      IF v_existing.engineer_id <> v.id THEN
        outcome := 'request_conflict';
      ELSE
        outcome := 'existing';
        r_hold := to_jsonb(v_existing) || jsonb_build_object(
          'amount_micros', v_existing.amount_micros::text,
          'engineer_held_micros', v_existing.engineer_held_micros::text,
          'pool_held_micros', v_existing.pool_held_micros::text,
          'cost_micros', v_existing.cost_micros::text);
        SELECT coalesce(sum(greatest(a.balance_micros - a.held_micros, 0)), 0)::text INTO r_available
          FROM public.ledger_accounts a WHERE a.id IN (v_allow, v.pool_account_id);
      END IF;
      RETURN NEXT;
      RETURN;
    END IF;
    IF v.end_day IS NOT NULL AND v.end_day < p_today THEN
      outcome := 'left';
      RETURN NEXT;
      RETURN;
    END IF;
    IF p_amount IS NULL THEN
      outcome := 'unpriceable';
      RETURN NEXT;
      RETURN;
    END IF;
    IF v_allow IS NULL THEN
      INSERT INTO public.ledger_accounts (company_id, id, kind, owner_id)
      VALUES (nullif(current_setting('app.company_id', true), '')::uuid, gen_random_uuid(), 'ENGINEER_ALLOWANCE', v.id)
      ON CONFLICT (company_id, kind, owner_id) DO NOTHING;
      SELECT a.id INTO v_allow FROM public.ledger_accounts a
       WHERE a.kind = 'ENGINEER_ALLOWANCE' AND a.owner_id = v.id;
    END IF;

    -- The hold first, as if the engineer's allowance covers it all: the hot allowance row is then locked
    -- by the last statement only, for as short a time as possible before the COMMIT.
    INSERT INTO public.holds AS h (company_id, id, engineer_id, request_id, provider, model, priced_as, unpriced,
        estimated_input_tokens, max_output_tokens, amount_micros, engineer_account_id, engineer_held_micros,
        pool_account_id, pool_held_micros, over_budget, expires_at)
    VALUES (nullif(current_setting('app.company_id', true), '')::uuid, p_hold_id, v.id, p_request_id, p_provider,
        p_model, p_priced_as, p_unpriced, p_estimated_input_tokens, p_max_output_tokens, p_amount, v_allow,
        greatest(p_amount, 0), NULL, 0, false, now() + make_interval(secs => p_ttl_seconds))
    ON CONFLICT (company_id, request_id) DO NOTHING
    RETURNING * INTO v_hold;
    IF NOT FOUND THEN
      -- Another request with the same id won the race (nothing was reserved): the caller raises.
      outcome := 'raced';
      RETURN NEXT;
      RETURN;
    END IF;

    IF p_amount > 0 THEN
      -- The whole amount on the engineer's allowance: one conditional UPDATE.
      UPDATE public.ledger_accounts a SET held_micros = a.held_micros + p_amount
       WHERE a.id = v_allow AND a.balance_micros - a.held_micros >= p_amount
      RETURNING (a.balance_micros - a.held_micros)::text INTO r_available;
      IF FOUND THEN
        v_reserved := true;
        v_engineer_part := p_amount;
      ELSIF v.pool_account_id IS NOT NULL THEN
        -- What is left of the allowance, then the rest on the pool (lock order: allowance, then pool).
        -- The allowance row stays locked from here to the end of the transaction, so its part is exact.
        SELECT greatest(least(a.balance_micros - a.held_micros, p_amount), 0), a.balance_micros < 0
          INTO v_take, v_in_overage
          FROM public.ledger_accounts a WHERE a.id = v_allow FOR UPDATE;
        v_rest := p_amount - v_take;
        IF v_in_overage THEN
          -- In overage: the pool covers nothing until the overage is covered; the allowance is the budget.
          v_reserved := false;
          r_pool := false;
          v.pool_account_id := NULL;
        ELSIF v_rest > 0 THEN
          UPDATE public.ledger_accounts a SET held_micros = a.held_micros + v_rest
           WHERE a.id = v.pool_account_id AND a.balance_micros - a.held_micros >= v_rest;
          v_reserved := FOUND;
        ELSE
          v_reserved := true;
        END IF;
        IF v_reserved THEN
          IF v_take > 0 THEN
            UPDATE public.ledger_accounts a SET held_micros = a.held_micros + v_take WHERE a.id = v_allow;
          END IF;
          v_engineer_part := v_take;
          v_pool_part := v_rest;
        END IF;
      END IF;
      IF NOT v_reserved THEN
        IF v.enforcement = 'SOFT' THEN
          -- A soft budget allows the request, flags it and alerts later: hold it all on the engineer.
          UPDATE public.ledger_accounts a SET held_micros = a.held_micros + p_amount WHERE a.id = v_allow;
          v_engineer_part := p_amount;
          v_over := true;
        ELSE
          -- Refused: no reservation, and no hold either.
          DELETE FROM public.holds h WHERE h.id = v_hold.id;
          outcome := 'refused';
          SELECT coalesce(sum(greatest(a.balance_micros - a.held_micros, 0)), 0)::text INTO r_available
            FROM public.ledger_accounts a WHERE a.id IN (v_allow, v.pool_account_id);
          RETURN NEXT;
          RETURN;
        END IF;
      END IF;
      IF v_engineer_part <> p_amount OR v_over THEN
        UPDATE public.holds h
           SET engineer_held_micros = v_engineer_part, pool_held_micros = v_pool_part, over_budget = v_over,
               pool_account_id = CASE WHEN v_pool_part > 0 THEN v.pool_account_id END
         WHERE h.id = v_hold.id
        RETURNING * INTO v_hold;
      END IF;
    END IF;
    outcome := 'held';
    r_hold := to_jsonb(v_hold) || jsonb_build_object(
      'amount_micros', v_hold.amount_micros::text,
      'engineer_held_micros', v_hold.engineer_held_micros::text,
      'pool_held_micros', v_hold.pool_held_micros::text,
      'cost_micros', v_hold.cost_micros::text);
    -- What is left: told by the reservation itself when no team pool is involved.
    IF r_available IS NULL OR v.pool_account_id IS NOT NULL THEN
      SELECT coalesce(sum(greatest(a.balance_micros - a.held_micros, 0)), 0)::text INTO r_available
        FROM public.ledger_accounts a WHERE a.id IN (v_allow, v.pool_account_id);
    END IF;
    RETURN NEXT;
  END $$;
