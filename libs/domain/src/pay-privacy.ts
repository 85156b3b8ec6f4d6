/** Who may see what of an engineer's pay. The api enforces it field by field; the web uses it to lay out pages. */
export type ViewerRole = 'ADMIN' | 'HR' | 'FINANCE' | 'MANAGER' | 'ENGINEER';

/**
 * The company setting HR chooses: may managers see their reports' own allowance figures? An allowance is
 * pay times a known ratio, so any figure of one person's allowance (annual, accrued, available, balance,
 * schedule, pace, % used beside spend, overage) leads back to their base pay. Off by default.
 */
export interface AllowanceSightSetting {
  managersSeeAllowances: boolean;
}

export const DEFAULT_ALLOWANCE_SIGHT: AllowanceSightSetting = { managersSeeAllowances: false };

/** Allowance figures summed over a group are shown to a manager who may not see each one only from this size. */
export const ALLOWANCE_GROUP_MINIMUM = 5;

/** What the Policy page writes beside the setting. */
export const ALLOWANCE_SIGHT_CONSEQUENCE =
  'An allowance is a known share of base pay, so anyone who sees one person’s allowance (annual, accrued, ' +
  'available, or the share used beside the spend) can work out that person’s pay. On: managers see each ' +
  'report’s allowance figures, and with them, in effect, their pay. Off (the default): managers see each ' +
  `report’s spend, burn rate and run-out date; allowance figures only as totals over ${ALLOWANCE_GROUP_MINIMUM} ` +
  'people or more; never the policy ratio or anyone’s override.';

export interface PayVisibility {
  /** The engineer appears at all (name, team, dates). */
  profile: boolean;
  /** Base pay and its history. */
  basePay: boolean;
  /**
   * The person's own allowance figures: annual, period total, accrued, balance, available, overage amount,
   * pace, the monthly schedule and the ledger entries of the allowance account.
   */
  allowance: boolean;
  /** The person's usage: spend, held, burn rate, run-out date and its band, usage events. */
  spend: boolean;
  /** The terms that lead from pay to allowance: the person's override (ratio, amount, top-up, reason). */
  allowanceTerms: boolean;
}

const SEES_PAY: readonly ViewerRole[] = ['ADMIN', 'HR', 'FINANCE'];

/**
 * ADMIN, HR and FINANCE see everyone's pay and allowance. An ENGINEER sees their own allowance and nothing
 * of anyone else. A MANAGER sees the spend, burn and run-out of engineers in their team subtree (never base
 * pay), and their allowance figures and terms only when the company lets managers see allowances.
 */
export function payVisibility(
  roles: readonly ViewerRole[],
  viewer: { isSelf: boolean; managesEngineer: boolean },
  setting: AllowanceSightSetting,
): PayVisibility {
  if (roles.some((role) => SEES_PAY.includes(role)))
    return { profile: true, basePay: true, allowance: true, spend: true, allowanceTerms: true };
  if (viewer.isSelf)
    return { profile: true, basePay: false, allowance: true, spend: true, allowanceTerms: true };
  if (roles.includes('MANAGER') && viewer.managesEngineer) {
    const sees = setting.managersSeeAllowances;
    return { profile: true, basePay: false, allowance: sees, spend: true, allowanceTerms: sees };
  }
  return { profile: false, basePay: false, allowance: false, spend: false, allowanceTerms: false };
}

/**
 * Whether a viewer may see the company policy's basis (the ratio of pay, or the fixed amount) and floor
 * and cap: everyone but a manager who may not see allowances (an engineer's own rule is that policy).
 */
export function policyTermsVisible(roles: readonly ViewerRole[], setting: AllowanceSightSetting): boolean {
  if (roles.some((role) => SEES_PAY.includes(role))) return true;
  if (roles.includes('MANAGER')) return setting.managersSeeAllowances;
  return true;
}

/**
 * Whether allowance figures summed over a group of people (a team's allowance, accrued, available, the
 * cumulative accrual line) may be shown: always when the viewer may see each member's own figures,
 * otherwise only over a group of ALLOWANCE_GROUP_MINIMUM people or more.
 */
export function groupAllowanceVisible(members: readonly Pick<PayVisibility, 'allowance'>[]): boolean {
  if (members.every((member) => member.allowance)) return true;
  return members.length >= ALLOWANCE_GROUP_MINIMUM;
}
