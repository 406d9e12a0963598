import { z } from 'zod';
import type { ConnectionReport, NetworkStatus, ProxyAuthChallenge } from '../../network';
import { type } from '../phantom';

/** What the user answers to a proxy's request for credentials. */
export const proxyAuthAnswerSchema = z.union([
  z.object({ id: z.string().min(1).max(200), username: z.string().min(1).max(1024), password: z.string().max(4096) }).strict(),
  z.object({ id: z.string().min(1).max(200), cancel: z.literal(true) }).strict(),
]);
export type ProxyAuthAnswer = z.output<typeof proxyAuthAnswerSchema>;

/**
 * The network section of Settings and the proxy sign-in dialog. `network:check` is "Test
 * connection"; proxy passwords come in through `network:answerProxyAuth` and never go back out.
 */
export const networkChannels = {
  /** The proxy in use for the API host, and which stack makes requests. */
  'network:status': { request: z.undefined(), response: type<NetworkStatus>() },
  'network:check': { request: z.undefined(), response: type<ConnectionReport>() },
  /** Proxies waiting for credentials (a window opened late still sees the question). */
  'network:proxyAuthPending': { request: z.undefined(), response: type<ProxyAuthChallenge[]>() },
  /** False when the question was already answered or withdrawn. */
  'network:answerProxyAuth': { request: proxyAuthAnswerSchema, response: type<boolean>() },
} as const;

export const networkEvents = {
  /** The open proxy questions changed (a new one, or one answered). */
  'network:proxyAuthChanged': type<ProxyAuthChallenge[]>(),
} as const;

export type NetworkChannelName = keyof typeof networkChannels;
