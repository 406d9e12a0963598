import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { ApiError, type ApiErrorDetails } from './api-error';
import { MAX_API_BODY_BYTES, MAX_ERROR_BODY_BYTES, readBodyText, type BodyRead } from './body-limit';
import { errorFromHttp, errorFromTransport } from './error-mapping';
import { encodeQuery, type QueryInput } from './query';
import { redactSecrets } from './redact';
import type { RequestLog, RetryInfo } from './request-log';
import { backoffDelayMs, shouldRetry, type RetryClass, type RetrySettings } from './retry-policy';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request body built per attempt (a stream can be read only once). */
export interface BodyFactory {
  (): { body: BodyInit; headers: Record<string, string> };
}

export interface RequestSpec<T> {
  method: HttpMethod;
  /** Path below the base URL, starting with `/v3/`. Ids in it must already be encoded. */
  path: string;
  query?: QueryInput;
  /** JSON body. */
  json?: unknown;
  /** Raw body (multipart upload). */
  body?: BodyFactory;
  schema: z.ZodType<T>;
  retry: RetryClass;
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
}

export interface TransportConfig {
  baseUrl: string;
  apiKey: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetrySettings;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
  userAgent: string;
  onRequest?: ((log: RequestLog) => void) | undefined;
  onRetry?: ((info: RetryInfo) => void) | undefined;
  /** Largest successful response body read (default MAX_API_BODY_BYTES); past it, RESPONSE_TOO_LARGE. */
  maxBodyBytes?: number | undefined;
}

export interface Transport {
  readonly config: TransportConfig;
  request<T>(spec: RequestSpec<T>): Promise<T>;
}

/** Calls a hook; listener errors must never break a request. */
export function notify<A>(fn: ((arg: A) => void) | undefined, arg: A): void {
  if (!fn) return;
  try {
    fn(arg);
  } catch {
    // A faulty log hook is not the API's problem.
  }
}

function cancelledError(method: string, path: string, host: string): ApiError {
  return new ApiError('CANCELLED', `Cancelled: ${method} ${path}`, { method, path, host, sent: false });
}

/** RESPONSE_TOO_LARGE: the body was refused at the cap (never retried: the next answer would be as big). */
function tooLargeError(read: Extract<BodyRead, { kind: 'too-large' }>, where: string, base: ApiErrorDetails): ApiError {
  const limitMb = Math.round(read.limit / (1024 * 1024));
  const seen = read.announced !== null ? `announces ${read.announced} bytes` : `passed ${read.bytes} bytes`;
  return new ApiError('RESPONSE_TOO_LARGE', `Response to ${where} ${seen}, over the ${read.limit}-byte limit; it was not read`, {
    ...base,
    limitBytes: read.limit,
    limitMb,
    ...(read.announced !== null ? { announcedBytes: read.announced } : { receivedBytes: read.bytes }),
  });
}

/** Sends requests to the Devin API: auth, timeout, retry with backoff, error mapping, response validation. */
export function createTransport(config: TransportConfig): Transport {
  const origin = new URL(config.baseUrl).origin;
  const host = new URL(config.baseUrl).host;

  async function attempt<T>(spec: RequestSpec<T>, pathAndQuery: string, attemptNo: number): Promise<T> {
    const url = config.baseUrl + pathAndQuery;
    // The key goes only to the configured API origin; a path can never move it elsewhere.
    if (new URL(url).origin !== origin) throw new AppError('INTERNAL', 'Refusing to send the API key to another origin');
    const logPath = redactSecrets(spec.path, config.apiKey);
    if (spec.signal?.aborted) throw cancelledError(spec.method, logPath, host);

    const timeoutMs = spec.timeoutMs ?? config.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = spec.signal ? AbortSignal.any([timeout, spec.signal]) : timeout;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${config.apiKey}`,
      Accept: 'application/json, application/problem+json',
      'User-Agent': config.userAgent,
    };
    let body: BodyInit | undefined;
    if (spec.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(spec.json);
    } else if (spec.body) {
      const built = spec.body();
      Object.assign(headers, built.headers);
      body = built.body;
    }

    const started = performance.now();
    const log = (status: number | null, errorCode?: ApiError['code']): void =>
      notify(config.onRequest, {
        method: spec.method,
        url: redactSecrets(url, config.apiKey),
        status,
        ms: Math.round(performance.now() - started),
        attempt: attemptNo,
        ...(errorCode ? { errorCode } : {}),
      });
    const failure = (error: unknown, status?: number): ApiError =>
      errorFromTransport({
        method: spec.method,
        path: logPath,
        host,
        error,
        timedOut: timeout.aborted,
        cancelled: spec.signal?.aborted ?? false,
        timeoutMs,
        ...(status !== undefined ? { status } : {}),
      });

    let res: Response;
    try {
      const init: RequestInit & { duplex?: 'half' } = { method: spec.method, headers, signal, redirect: 'manual' };
      if (body !== undefined) init.body = body;
      if (body instanceof ReadableStream) init.duplex = 'half';
      res = await config.fetch(url, init);
    } catch (err) {
      // The network layer refused on purpose (e.g. the key in clear text through a proxy): not a transport failure, never retried.
      if (err instanceof AppError && !(err instanceof ApiError)) {
        log(null);
        throw err;
      }
      const e = failure(err);
      log(null, e.code);
      throw e;
    }

    const fail = (e: ApiError): ApiError => {
      log(res.status, e.code);
      return e;
    };
    const where = `${spec.method} ${logPath}`;
    const base = { status: res.status, method: spec.method, path: logPath, host };

    // Bounded, streamed read (see body-limit.ts): an error body only feeds a message, so it is cut short instead.
    let read: BodyRead;
    try {
      read = res.ok
        ? await readBodyText(res, config.maxBodyBytes ?? MAX_API_BODY_BYTES, 'fail')
        : await readBodyText(res, MAX_ERROR_BODY_BYTES, 'truncate');
    } catch (err) {
      const e = failure(err, res.status);
      log(res.status, e.code);
      throw e;
    }
    if (read.kind === 'too-large') throw fail(tooLargeError(read, where, base));
    const text = read.text;
    if (res.status >= 300 && res.status < 400) {
      // Following would mean re-sending credentials somewhere we did not choose; the user should fix the URL.
      const location = res.headers.get('location') ?? '';
      throw fail(
        new ApiError('BAD_RESPONSE', `Unexpected redirect (${res.status}) on ${where} to ${redactSecrets(location)}; check the API URL`, {
          ...base,
          reason: 'redirect',
          detail: redactSecrets(location),
        }),
      );
    }
    if (!res.ok) {
      const e = errorFromHttp({
        status: res.status,
        method: spec.method,
        path: logPath,
        host,
        retryAfter: res.headers.get('retry-after'),
        bodyText: redactSecrets(text, config.apiKey),
        nowMs: config.now(),
      });
      throw fail(e);
    }

    let json: unknown;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch (err) {
      // The whole body arrived (a cut connection fails in readBodyText above), so this is what the
      // server meant to send: malformed, and a retry would not help.
      const msg = err instanceof Error ? err.message : String(err);
      throw fail(new ApiError('BAD_RESPONSE', `Malformed JSON (${res.status}) on ${where}: ${msg}`, { ...base, reason: 'malformed', detail: msg }));
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      throw fail(
        new ApiError('BAD_RESPONSE', `Response to ${where} did not match the expected shape: ${issues.join('; ')}`, {
          ...base,
          reason: 'schema',
          detail: issues.join('; '),
          issues,
        }),
      );
    }
    log(res.status);
    return parsed.data;
  }

  async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const pathAndQuery = spec.path + encodeQuery(spec.query);
    let failures = 0;
    for (;;) {
      try {
        return await attempt(spec, pathAndQuery, failures + 1);
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        failures += 1;
        if (!shouldRetry(spec.retry, err, failures, config.retry.maxRetries)) throw err;
        const delayMs = backoffDelayMs({
          retry: failures,
          retryAfterMs: err.details.retryAfterMs,
          baseDelayMs: config.retry.baseDelayMs,
          maxDelayMs: config.retry.maxDelayMs,
          random: config.random,
        });
        notify(config.onRetry, { attempt: failures, delayMs, error: err });
        try {
          await config.sleep(delayMs, spec.signal);
        } catch {
          throw cancelledError(spec.method, redactSecrets(spec.path, config.apiKey), host);
        }
        if (spec.signal?.aborted) throw cancelledError(spec.method, redactSecrets(spec.path, config.apiKey), host);
      }
    }
  }

  return { config, request };
}
