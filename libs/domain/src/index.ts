export * from './money';
export * from './password-policy';
export * from './engineer-status';
export * from './dates';
export * from './allowance';
export * from './pay-privacy';
export * from './pricing';
export * from './budget';
