import type { ChannelName, Envelope, EventName, EventPayload, RequestOf, ResponseOf } from './contract';
import type { SerializedError } from '../errors';

/** How the bridge reaches main: ipcRenderer in preload, a Playwright binding in the preview. */
export interface BridgeTransport {
  invoke(channel: string, request: unknown): Promise<Envelope<unknown>>;
  /** Subscribes to a push event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** The error the renderer sees: the stable code plus the localized message main produced. */
export class BridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: SerializedError['details'] = {},
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

type Namespace<C extends string> = C extends `${infer N}:${string}` ? N : never;
type Method<C extends string> = C extends `${string}:${infer M}` ? M : never;
type Call<C extends ChannelName> = undefined extends RequestOf<C>
  ? (request?: RequestOf<C>) => Promise<ResponseOf<C>>
  : (request: RequestOf<C>) => Promise<ResponseOf<C>>;

export type Bridge = {
  [N in Namespace<ChannelName>]: {
    [C in ChannelName as Namespace<C> extends N ? Method<C> : never]: Call<C>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/**
 * Builds `devinTray` over the contract's channel names, so no channel exists outside
 * src/shared/ipc/contract.ts. The names are passed in (`Object.keys(channels)`): the renderer gets
 * them from the build (virtual:ipc-channel-names) rather than loading the contract's zod schemas.
 */
export function createBridge(transport: BridgeTransport, channelNames: readonly ChannelName[]): Bridge {
  const bridge: Record<string, Record<string, unknown>> = {};
  for (const channel of channelNames) {
    const [ns, method] = channel.split(':') as [string, string];
    bridge[ns] ??= {};
    bridge[ns][method] = async (request?: unknown) => {
      const envelope = await transport.invoke(channel, request);
      if (envelope.ok) return envelope.value;
      throw new BridgeError(envelope.error.code, envelope.error.message, envelope.error.details);
    };
  }
  const on = (event: string, listener: (payload: unknown) => void) => transport.on(event, listener);
  return Object.freeze({ ...bridge, on }) as unknown as Bridge;
}
