/** Built by scripts/renderer-baked-values.ts from the modules main uses (without loading zod here). */
declare module 'virtual:ipc-channel-names' {
  // An ambient module cannot import a relative path, so the types are named inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const names: readonly import('../../shared/ipc/contract').ChannelName[];
  export default names;
}
declare module 'virtual:default-settings' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const settings: import('../../shared/settings').Settings;
  export default settings;
}
