/**
 * Attachments UI: the panel for the session detail (SessionsScreen's `attachments` slot), the
 * files of a reply (used by the sessions reply box) and the settings section.
 */
export { AttachmentsPanel } from './AttachmentsPanel';
export { AttachmentSettingsSection } from './AttachmentSettingsSection';
export { AttachFilesButton, ReplyFiles } from './parts/ReplyFiles';
export { useReplyFiles } from './hooks/useReplyFiles';
export type { ReplyFilesState } from './hooks/useReplyFiles';
