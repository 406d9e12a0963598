import { channels } from '../src/shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import type { BakedId } from './renderer-baked-values';

/**
 * What `npm run build` bakes into the renderer's virtual modules (scripts/renderer-baked-values.ts,
 * scripts/renderer-i18n-plugin.ts). Only electron.vite.config.ts imports this: it evaluates the
 * contract, the settings schema and every message catalog in Node at build time.
 */
export const bakedValues: Record<BakedId, () => unknown> = {
  'virtual:ipc-channel-names': () => Object.keys(channels),
  'virtual:default-settings': () => DEFAULT_SETTINGS,
};

export { rendererMessages } from '../src/shared/i18n/renderer-messages';
