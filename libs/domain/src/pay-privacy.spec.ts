import {
  ALLOWANCE_GROUP_MINIMUM,
  ALLOWANCE_SIGHT_CONSEQUENCE,
  DEFAULT_ALLOWANCE_SIGHT,
  groupAllowanceVisible,
  payVisibility,
  policyTermsVisible,
  ViewerRole,
} from './pay-privacy';

const OFF = DEFAULT_ALLOWANCE_SIGHT;
const ON = { managersSeeAllowances: true };
const KEYS = ['profile', 'basePay', 'allowance', 'spend', 'allowanceTerms'] as const;

describe('payVisibility', () => {
  const cases: [ViewerRole[], boolean, boolean, boolean, string][] = [
    [['ADMIN'], false, false, false, 'profile basePay allowance spend allowanceTerms'],
    [['HR'], false, false, false, 'profile basePay allowance spend allowanceTerms'],
    [['FINANCE'], false, false, false, 'profile basePay allowance spend allowanceTerms'],
    // the default: a manager sees a report's spend and burn, never their allowance figures or terms
    [['MANAGER'], false, true, false, 'profile spend'],
    [['MANAGER', 'ENGINEER'], false, true, false, 'profile spend'],
    // the company lets managers see allowances
    [['MANAGER'], false, true, true, 'profile allowance spend allowanceTerms'],
    [['MANAGER'], false, false, true, ''],
    [['MANAGER'], false, false, false, ''],
    [['MANAGER'], true, false, false, 'profile allowance spend allowanceTerms'],
    [['ENGINEER'], true, false, false, 'profile allowance spend allowanceTerms'],
    [['ENGINEER'], false, false, true, ''],
    [['ENGINEER', 'HR'], false, false, false, 'profile basePay allowance spend allowanceTerms'],
    [[], false, false, false, ''],
  ];
  it.each(cases)(
    '%j (self %s, manages %s, managers see allowances %s) sees: %s',
    (roles, isSelf, managesEngineer, managersSeeAllowances, expected) => {
      const visible = payVisibility(roles, { isSelf, managesEngineer }, { managersSeeAllowances });
      expect(KEYS.filter((key) => visible[key]).join(' ')).toBe(expected);
    },
  );

  it('a manager never sees base pay, not even their own, whatever the setting', () => {
    for (const setting of [ON, OFF])
      expect(payVisibility(['MANAGER'], { isSelf: true, managesEngineer: true }, setting).basePay).toBe(
        false,
      );
  });
});

describe('policyTermsVisible', () => {
  it('hides the ratio from a manager by default, shows it when managers see allowances', () => {
    expect(policyTermsVisible(['MANAGER'], OFF)).toBe(false);
    expect(policyTermsVisible(['MANAGER', 'ENGINEER'], OFF)).toBe(false);
    expect(policyTermsVisible(['MANAGER'], ON)).toBe(true);
  });
  it('shows it to ADMIN, HR, FINANCE and engineers (their own rule)', () => {
    for (const roles of [['ADMIN'], ['HR'], ['FINANCE'], ['ENGINEER'], ['MANAGER', 'HR']] as ViewerRole[][])
      expect(policyTermsVisible(roles, OFF)).toBe(true);
  });
});

describe('groupAllowanceVisible', () => {
  const hidden = { allowance: false };
  const seen = { allowance: true };
  it(`sums hidden figures only over ${ALLOWANCE_GROUP_MINIMUM} people or more`, () => {
    expect(ALLOWANCE_GROUP_MINIMUM).toBe(5);
    for (let size = 0; size < 5; size++)
      expect(groupAllowanceVisible(Array.from({ length: size }, () => hidden))).toBe(size === 0);
    expect(groupAllowanceVisible(Array.from({ length: 5 }, () => hidden))).toBe(true);
    expect(groupAllowanceVisible(Array.from({ length: 40 }, () => hidden))).toBe(true);
  });
  it('a group with one hidden member among fewer than five stays hidden', () => {
    expect(groupAllowanceVisible([seen, seen, seen, hidden])).toBe(false);
  });
  it('a group whose every figure the viewer may see is always shown', () => {
    expect(groupAllowanceVisible([seen])).toBe(true);
    expect(groupAllowanceVisible([seen, seen])).toBe(true);
  });
  it('says the consequence, naming the group size', () => {
    expect(ALLOWANCE_SIGHT_CONSEQUENCE).toContain('work out that person’s pay');
    expect(ALLOWANCE_SIGHT_CONSEQUENCE).toContain('5 people or more');
  });
});
