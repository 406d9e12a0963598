import type { z } from 'zod';
import { channels } from '../../shared/ipc/contract';
import type { ChannelName, Envelope, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors';
import type { SerializedError } from '../../shared/errors';

/** Facts about the caller, supplied by the transport (Electron's event.senderFrame, or the preview binding). */
export interface CallContext {
  senderUrl: string;
  /**
   * The sender webContents (Electron's `event.sender.id`; one per page in the harness). Handles
   * for files and folders are issued to, and only resolve for, the sender that received them.
   */
  senderId?: string;
}

export type Handler<C extends ChannelName> = (
  request: RequestOf<C>,
  ctx: CallContext,
) => Promise<ResponseOf<C>> | ResponseOf<C>;

/** One handler per channel: a missing or unknown channel is a compile error where handlers are assembled. */
export type Handlers = { [C in ChannelName]: Handler<C> };

export interface RouterOptions {
  /** True only for the app's own renderer (file:// bundle, dev server, preview origin). */
  isTrustedSender: (senderUrl: string) => boolean;
  /** Turns any thrown value into the wire error, localized. */
  serializeError: (err: unknown) => SerializedError;
  /** Observes every call (for tests proving what crossed IPC; never logs requests by default). */
  onCall?: (entry: { channel: string; request: unknown; response: Envelope<unknown> }) => void;
}

export interface Router {
  handle(channel: string, payload: unknown, ctx: CallContext): Promise<Envelope<unknown>>;
}

/**
 * Validates the sender and the payload before any service runs. Unknown channels and foreign
 * senders are refused with a stable code, never a stack.
 */
export function createRouter(handlers: Handlers, options: RouterOptions): Router {
  return {
    async handle(channel, payload, ctx) {
      const response = await dispatch(handlers, options, channel, payload, ctx);
      options.onCall?.({ channel, request: payload, response });
      return response;
    },
  };
}

async function dispatch(
  handlers: Handlers,
  options: RouterOptions,
  channel: string,
  payload: unknown,
  ctx: CallContext,
): Promise<Envelope<unknown>> {
  try {
    if (!options.isTrustedSender(ctx.senderUrl)) {
      throw new AppError('FORBIDDEN_SENDER', `Refused IPC from ${ctx.senderUrl}`);
    }
    if (!Object.hasOwn(channels, channel)) {
      throw new AppError('INVALID_INPUT', `Unknown channel ${channel}`, {}, { detail: `unknown channel ${channel}` });
    }
    const name = channel as ChannelName;
    const parsed = (channels[name].request as z.ZodType).safeParse(payload);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`).join('; ');
      throw new AppError('INVALID_INPUT', `Invalid request for ${channel}: ${detail}`, {}, { detail });
    }
    const handler = handlers[name] as (req: unknown, ctx: CallContext) => unknown;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: options.serializeError(err) };
  }
}
