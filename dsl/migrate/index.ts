export { migrate, type MigrationResult } from './migrate';
export { MIGRATION_STEPS, OLDEST_VERSION, type MigrationStep } from './steps';
export { v1ToV2 } from './v1-to-v2';
