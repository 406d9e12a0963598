import { normalizePath, type Plugin } from 'vite';

/**
 * Values the renderer needs from modules built on zod: the IPC channel names (keys of the
 * contract's schemas) and the default settings (a schema's `parse({})`). Importing those modules
 * would put zod and every request schema into the window's initial JavaScript, for a list of
 * strings and one object. So `npm run build` computes them in Node, from the same modules main
 * uses (scripts/renderer-baked-sources.ts), and the renderer imports the result:
 *
 *   import channelNames from 'virtual:ipc-channel-names';  // readonly ChannelName[]
 *   import defaultSettings from 'virtual:default-settings'; // Settings
 *
 * The sources stay the single source of truth: a channel added to src/shared/ipc/contract.ts or a
 * setting added to src/shared/settings.ts reaches the renderer with no other edit. In dev and under
 * vitest the modules re-export from the sources instead (zod loads there; edits reload).
 */
export const BAKED_MODULES = {
  'virtual:ipc-channel-names': (root: string) =>
    `import { channels } from ${JSON.stringify(`${root}/src/shared/ipc/contract.ts`)};\nexport default Object.keys(channels);\n`,
  'virtual:default-settings': (root: string) =>
    `export { DEFAULT_SETTINGS as default } from ${JSON.stringify(`${root}/src/shared/settings.ts`)};\n`,
} as const;

export type BakedId = keyof typeof BAKED_MODULES;
const isBaked = (id: string): id is BakedId => Object.hasOwn(BAKED_MODULES, id);

/** A built module's text: the value as JSON (a JSON string parses faster than an object literal). */
export function bakedModuleCode(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

export interface BakedValuesOptions {
  /** The repository root (the virtual modules' sources are found from it in dev). */
  root: string;
  /** For a build: each module's value, computed in Node (scripts/renderer-baked-sources.ts). */
  values?: Record<BakedId, () => unknown>;
}

export function rendererBakedValues({ root, values }: BakedValuesOptions): Plugin {
  const base = normalizePath(root);
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'devin-tray:renderer-baked-values',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
    },
    resolveId(source) {
      return isBaked(source) ? `\0${source}` : null;
    },
    load(id) {
      const name = id.slice(1);
      if (!id.startsWith('\0') || !isBaked(name)) return null;
      if (command === 'serve') return BAKED_MODULES[name](base);
      if (!values) return this.error(`${name}: a build needs the value (pass rendererBakedValues({ values }))`);
      return bakedModuleCode(values[name]());
    },
  };
}
