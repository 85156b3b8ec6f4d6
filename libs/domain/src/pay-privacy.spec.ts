import { payVisibility, ViewerRole } from './pay-privacy';

describe('payVisibility', () => {
  const cases: [ViewerRole[], boolean, boolean, string][] = [
    [['ADMIN'], false, false, 'profile basePay allowance'],
    [['HR'], false, false, 'profile basePay allowance'],
    [['FINANCE'], false, false, 'profile basePay allowance'],
    [['MANAGER'], false, true, 'profile allowance'],
    [['MANAGER'], false, false, ''],
    [['MANAGER'], true, false, 'profile allowance'],
    [['ENGINEER'], true, false, 'profile allowance'],
    [['ENGINEER'], false, false, ''],
    [['ENGINEER', 'HR'], false, false, 'profile basePay allowance'],
    [[], false, false, ''],
  ];
  it.each(cases)('%j (self %s, manages %s) sees: %s', (roles, isSelf, managesEngineer, expected) => {
    const visible = payVisibility(roles, { isSelf, managesEngineer });
    const seen = (['profile', 'basePay', 'allowance'] as const).filter((key) => visible[key]).join(' ');
    expect(seen).toBe(expected);
  });

  it('a manager never sees base pay, not even their own', () => {
    expect(payVisibility(['MANAGER'], { isSelf: true, managesEngineer: true }).basePay).toBe(false);
  });
});
