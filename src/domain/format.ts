/** The current plan format. Every bump needs an upgrade in upgrades/ and a fixture of the old version. */
export const PLAN_FORMAT_VERSION = 2;
export const PLAN_KIND = 'migration-plan';
