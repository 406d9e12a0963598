import { AppError, type SerializedError } from '../../shared/errors';
import { hasMessage, translate, type Locale } from '../../shared/i18n';
import type { ConnectionFailure } from '../../shared/network';
import { describeConnectionFailure } from '../../shared/network-text';
import { ApiError } from './api-error';
import { summarizeFieldErrors } from './error-mapping';
import { redactSecrets } from './redact';
import type { RetryInfo } from './request-log';

type Details = NonNullable<SerializedError['details']>;

/** Keeps only what survives JSON (IPC, logs): no functions, no cycles, no class instances. */
function jsonSafe(value: Record<string, unknown>): Details {
  try {
    return JSON.parse(JSON.stringify(value)) as Details;
  } catch {
    return {};
  }
}

function isSerialized(e: unknown): e is SerializedError {
  return typeof e === 'object' && e !== null && typeof (e as SerializedError).code === 'string' && typeof (e as SerializedError).message === 'string';
}

/**
 * Any thrown value → `{code, message, details?}` for IPC: no stack, keys redacted. AppErrors keep
 * their code; their i18n params fill gaps in `details`. Aborts become CANCELLED/TIMEOUT; anything
 * else is INTERNAL.
 */
export function toSerializedError(err: unknown): SerializedError {
  if (err instanceof AppError) {
    // An ApiError's params are derived from its details; other AppErrors may carry placeholders only in params.
    const details = jsonSafe(err instanceof ApiError ? err.details : { ...err.params, ...err.details });
    const out: SerializedError = { code: err.code, message: redactSecrets(err.message) };
    if (Object.keys(details).length > 0) out.details = details;
    return out;
  }
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
    return { code: err.name === 'AbortError' ? 'CANCELLED' : 'TIMEOUT', message: redactSecrets(err.message) };
  }
  if (!(err instanceof Error) && isSerialized(err)) {
    const out: SerializedError = { code: err.code, message: redactSecrets(err.message) };
    if (err.details) out.details = jsonSafe(err.details);
    return out;
  }
  const message = redactSecrets(err instanceof Error ? err.message : String(err)).slice(0, 500);
  return { code: 'INTERNAL', message, details: { detail: message } };
}

function asConnectionFailure(v: unknown): ConnectionFailure | null {
  if (typeof v !== 'object' || v === null) return null;
  const c = v as Partial<ConnectionFailure>;
  return typeof c.stage === 'string' && typeof c.code === 'string' ? (c as ConnectionFailure) : null;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function seconds(ms: unknown): number | undefined {
  return typeof ms === 'number' && Number.isFinite(ms) ? Math.max(1, Math.ceil(ms / 1000)) : undefined;
}

/** The localized, actionable text for a serialized error. */
export function describeSerializedError(s: SerializedError, locale: Locale): string {
  const d: Details = s.details ?? {};
  const t = (key: string, params: Record<string, string | number | undefined> = {}) => translate(locale, key, params);
  const detail = str(d.detail);
  let text: string;
  switch (s.code) {
    case 'RATE_LIMITED': {
      const secs = seconds(d.retryAfterMs);
      text = secs !== undefined ? t('error.RATE_LIMITED_WAIT', { seconds: secs }) : t('error.RATE_LIMITED_NOWAIT');
      break;
    }
    case 'FORBIDDEN':
      text = t('error.FORBIDDEN', { detail: detail ? t('error.detailSuffix', { detail }) : '' });
      break;
    case 'VALIDATION':
    case 'BAD_REQUEST': {
      // Refused by the app itself before anything was sent: its own (localized) words, not "Devin rejected".
      if (d.clientSide === true && detail) {
        text = t('error.VALIDATION_LOCAL', { detail });
        break;
      }
      const fields = Array.isArray(d.fieldErrors) && d.fieldErrors.length > 0 ? summarizeFieldErrors(d.fieldErrors) : undefined;
      const what = fields ?? detail;
      text = what ? t(`error.${s.code}`, { detail: what }) : t(`error.${s.code}_NODETAIL`);
      break;
    }
    case 'SERVER':
      text = t('error.SERVER', { status: typeof d.status === 'number' ? d.status : '5xx' });
      break;
    case 'NETWORK': {
      // Say which stage failed (DNS, proxy, certificate …) when the transport could tell.
      const connection = asConnectionFailure(d.connection);
      text =
        connection && connection.stage !== 'connect'
          ? describeConnectionFailure(connection, str(d.host) ?? '?', str(d.proxy) ?? null, t)
          : t('error.NETWORK', { host: str(d.host) ?? '?' });
      break;
    }
    case 'TIMEOUT':
      text = t('error.TIMEOUT', { seconds: seconds(d.timeoutMs) ?? '?' });
      break;
    case 'BAD_RESPONSE':
      text = d.reason === 'redirect' && detail ? t('error.BAD_RESPONSE_REDIRECT', { detail }) : t('error.BAD_RESPONSE');
      break;
    default: {
      const key = `error.${s.code}`;
      if (!hasMessage(key)) return redactSecrets(s.message);
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(d)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
      // A connection failure (e.g. a download's refused certificate) is explained in the reader's language.
      const connection = asConnectionFailure(d.connection);
      const reason = connection ? describeConnectionFailure(connection, str(d.host) ?? '?', str(d.proxy) ?? null, t) : null;
      text = t(key, { ...params, detail: reason ?? detail ?? redactSecrets(s.message) });
    }
  }
  if (d.maybeCreated === true) text += ` ${t('error.MAYBE_CREATED')}`;
  return redactSecrets(text);
}

/** Any error → localized, actionable text (via {@link toSerializedError}). */
export function describeError(err: unknown, locale: Locale): string {
  return describeSerializedError(toSerializedError(err), locale);
}

/** Text for an upcoming retry ("rate limited, retrying in N s"), for the client's `onRetry` hook. */
export function describeRetry(info: RetryInfo, locale: Locale): string {
  const secs = Math.max(1, Math.ceil(info.delayMs / 1000));
  return info.error.code === 'RATE_LIMITED'
    ? translate(locale, 'error.RATE_LIMITED', { seconds: secs })
    : translate(locale, 'error.RETRYING', { code: info.error.code, seconds: secs });
}
