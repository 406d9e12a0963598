/** Domain types and schemas for the Devin v3 API, shared by main and renderer (no Node imports here). */
export * from './attachment';
export * from './knowledge';
export * from './organization';
export * from './page';
export * from './playbook';
export * from './schedule';
export * from './self';
export * from './session';
export * from './session-id';
export * from './session-message';
export * from './timestamps';
export { openEnum } from './fields';
export * from './id-choice';
export * from './session-tags';
export * from './session-insights';
export * from './secret';
export * from './consumption';
