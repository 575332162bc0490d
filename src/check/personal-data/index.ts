// Pure, browser-safe detector of personal data in court content: no Node APIs, no
// dependencies, so `laman check` and the Decap CMS preSave hook can share it.
export type { PersonalDataAllowlist, PersonalDataFinding, PersonalDataRule } from './types.ts';
export { findPersonalData, resolveOverlaps, RULE_PRECEDENCE } from './find.ts';
export { PERSONAL_DATA_HINTS, PERSONAL_DATA_MESSAGES } from './messages.ts';
export { isNikStructure } from './nik.ts';
export { nationalPhone } from './telepon.ts';
export { maskDigits, maskEmail, maskPhone } from './mask.ts';
export { createLocator } from './position.ts';
