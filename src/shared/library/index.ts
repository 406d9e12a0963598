/** View and input types of the library screens (notes, playbooks, schedules), shared by main and renderer. */
export * from './note-input';
export * from './playbook-input';
export * from './schedule-draft';
export * from './schedule-create';
export * from './schedule-patch';
export * from './field-errors';
export * from './pages';
