/** Attachment view types, settings and pure decisions shared by main and renderer (no Node imports). */
export * from './jobs';
export * from './settings';
export * from './auto-download';
export * from './format-bytes';
