/** Who may see what of an engineer's pay. The api enforces it field by field; the web uses it to lay out pages. */
export type ViewerRole = 'ADMIN' | 'HR' | 'FINANCE' | 'MANAGER' | 'ENGINEER';

export interface PayVisibility {
  /** The engineer appears at all (name, team, dates). */
  profile: boolean;
  /** Base pay and its history. */
  basePay: boolean;
  /** Allowance amounts, schedule, balance and ledger entries. */
  allowance: boolean;
}

/**
 * ADMIN, HR and FINANCE see everyone's pay and allowance. A MANAGER sees the allowance (never the base pay)
 * of engineers in their team subtree. An ENGINEER sees their own allowance and nothing of anyone else.
 */
export function payVisibility(
  roles: readonly ViewerRole[],
  viewer: { isSelf: boolean; managesEngineer: boolean },
): PayVisibility {
  if (roles.some((role) => role === 'ADMIN' || role === 'HR' || role === 'FINANCE')) {
    return { profile: true, basePay: true, allowance: true };
  }
  if (roles.includes('MANAGER') && viewer.managesEngineer)
    return { profile: true, basePay: false, allowance: true };
  if (viewer.isSelf) return { profile: true, basePay: false, allowance: true };
  return { profile: false, basePay: false, allowance: false };
}
