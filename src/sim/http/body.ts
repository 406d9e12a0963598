import type { IncomingMessage } from 'node:http';
import { ProblemError, fieldError } from './problem';

/** JSON bodies above this are refused with 413 (handoff prompts are large, but not this large). */
export const MAX_JSON_BODY_BYTES = 32 * 1024 * 1024;

/** Bodies read ahead of the handler (the contract check needs them); readBody serves them again. */
const preread = new WeakMap<IncomingMessage, Buffer>();

/** Reads the whole body now and keeps it for the handler's own `readBody`. */
export async function prereadBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  preread.set(req, body);
  return body;
}

/**
 * Reads the whole request body. Past `limit` it keeps draining (so the client can read our
 * answer instead of failing on a reset upload) and then throws 413.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const ahead = preread.get(req);
  if (ahead) {
    if (ahead.length > limit) throw new ProblemError(413, `Request body exceeds ${limit} bytes`);
    return ahead;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) tooBig = true;
    if (!tooBig) chunks.push(chunk);
  }
  if (tooBig) throw new ProblemError(413, `Request body exceeds ${limit} bytes`);
  return Buffer.concat(chunks, size);
}

/** Parses a JSON object body; an empty body counts as `{}` only when `allowEmpty`. */
export function parseJsonObject(raw: Buffer, allowEmpty = false): Record<string, unknown> {
  if (raw.length === 0) {
    if (allowEmpty) return {};
    throw fieldError(['body'], 'Field required', 'missing');
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch {
    throw fieldError(['body'], 'JSON decode error', 'json_invalid');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fieldError(['body'], 'Input should be a valid dictionary or object', 'dict_type');
  }
  return value as Record<string, unknown>;
}
