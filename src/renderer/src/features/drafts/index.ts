import './drafts.css';
export { DiscardDraftDialog } from './DiscardDraftDialog';
export { loadDraft, useDraftKeeper, DRAFT_SAVE_DELAY_MS, type DraftKeeper, type DraftPayload } from './useDraftKeeper';
export { draftFingerprint } from './draft-fingerprint';
