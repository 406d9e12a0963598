/**
 * The handoff engine: folder → repo facts and change set → secret scan → resolutions → budget →
 * prompt → session. See docs/architecture.md §5.
 */
export { inspectRepo, type InspectOptions } from './inspect-repo';
export type { InspectProgress } from './change-set';
export { parseRemote, parseRemoteSlug, sanitizeRemoteUrl, type ParsedRemote } from './remote-slug';
export { scanForSecrets, scanUnit, maskSecret } from './scan-secrets';
export { SECRET_RULES, type SecretRule } from './secret-rules';
export { RISKY_FILE_RULES, type RiskyFileRule } from './risky-files';
export { applyResolutions, unresolvedFindings, redactionMarker, patchScanUnits } from './resolutions';
export { planBudget, isGeneratedPath, DEFAULT_MAX_BYTES } from './budget';
export { formatDiffstat } from './diffstat';
export { composeHandoff, type ComposeInput } from './compose-handoff';
export { sendHandoff, type DevinClientLike, type SentHandoff } from './send-handoff';
export { makeTitle, makeTags, chooseFence } from './request-fields';
export type * from './types';
