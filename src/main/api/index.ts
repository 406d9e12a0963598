/** The Devin v3 API client (plain Node). See client.ts for the entry point. */
export { createDevinClient, DEFAULT_TIMEOUT_MS, type DevinClient, type DevinClientOptions } from './client';
export { ApiError, isApiError, type ApiErrorCode, type ApiErrorDetails, type BadResponseReason } from './api-error';
export { describeError, describeRetry, describeSerializedError, toSerializedError } from './describe-error';
export { normalizeBaseUrl, isLoopbackHost } from './base-url';
export { redactSecrets, REDACTED } from './redact';
export { mayHaveCreated, matchesCreateRequest, pickRecentlyCreated } from './session-reconcile';
export type { CallOptions } from './context';
export type { ListAllOptions, ListAllResult } from './pagination';
export type { RequestLog, RetryInfo } from './request-log';
export type { UploadAttachmentInput } from './attachments';
export type { UploadData, UploadProgress } from './multipart';
export type { DownloadOptions } from './download';
