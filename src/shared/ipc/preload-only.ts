/**
 * Channels only the preload itself may call: the page's generic transport (preload's
 * `devinTrayTransport.invoke`, and the e2e harness's binding that stands in for it) refuses them.
 * `attachments:registerDrop` is one: the preload alone can tell a real dropped file's path
 * (webUtils.getPathForFile), so if the page could call it, it could name any path it liked.
 * No imports: the sandboxed preload bundles this file as is.
 */
export const PRELOAD_ONLY_CHANNELS: readonly string[] = Object.freeze(['attachments:registerDrop']);

/** True when the page's transport may forward `channel` to main. */
export function isPageCallable(channel: unknown): channel is string {
  return typeof channel === 'string' && !PRELOAD_ONLY_CHANNELS.includes(channel);
}
