/** One locale's messages, built by scripts/renderer-i18n-plugin.ts. */
declare module 'virtual:locale-messages/*' {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
