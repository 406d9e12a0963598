/** What the packed app must and must not contain (pure; used by layout-check.ts and its test). */
export interface PackedLayout {
  /** Every path in app.asar, with a leading slash ("/out/main/index.js"). */
  entries: readonly string[];
  /** Entries the asar header marks as unpacked (stored in app.asar.unpacked). */
  unpackedInAsar: readonly string[];
  /** Files actually present under app.asar.unpacked. */
  unpackedOnDisk: readonly string[];
  /** The Linux executable (`devin-tray`) is there. */
  executableExists: boolean;
}

/** Files the app loads at run time. */
const REQUIRED = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  '/assets/app/icon.png',
  '/assets/tray/tray-idle.png',
  '/assets/tray/tray-idleTemplate.png',
  '/assets/tray/tray-idleTemplate@2x.png',
  '/assets/tray/tray-needs-attention.ico',
];

/** Top-level folders that are development only. */
const FORBIDDEN_DIRS = ['/src/', '/test/', '/bench/', '/scripts/', '/build/', '/security/', '/assets/icons/', '/test-results/', '/dist/', '/.ci/'];

/** Returns one line per problem; empty when the layout is right. */
export function layoutProblems(layout: PackedLayout): string[] {
  const problems: string[] = [];
  const entries = new Set(layout.entries);
  for (const required of REQUIRED) if (!entries.has(required)) problems.push(`missing ${required}`);
  if (!layout.entries.some((e) => /^\/out\/renderer\/assets\/[^/]+\.js$/.test(e))) problems.push('missing the renderer bundle (out/renderer/assets/*.js)');

  for (const e of layout.entries) {
    if (FORBIDDEN_DIRS.some((d) => e.startsWith(d) || `${e}/` === d)) problems.push(`development file packed: ${e}`);
    else if (!e.startsWith('/node_modules/') && /\.(ts|tsx|map|svg)$/.test(e)) problems.push(`source file packed: ${e}`);
    else if (/\.(test|spec|e2e)\.[cm]?[jt]sx?$/.test(e) && !e.startsWith('/node_modules/')) problems.push(`test file packed: ${e}`);
    else if (/(^|\/)(\.env|[^/]*\.pem|[^/]*\.key)$/.test(e) && !e.startsWith('/node_modules/')) problems.push(`secret-looking file packed: ${e}`);
    else if (/\/sim\/(seed|fixtures)\//.test(e) && !e.startsWith('/node_modules/')) problems.push(`simulator fixture packed: ${e}`);
  }

  const natives = layout.entries.filter((e) => e.endsWith('.node'));
  const keyring = natives.filter((e) => e.includes('/@napi-rs/keyring'));
  if (keyring.length === 0) problems.push('the keychain binding (@napi-rs/keyring*.node) is not packed');
  const unpacked = new Set(layout.unpackedInAsar);
  const onDisk = new Set(layout.unpackedOnDisk);
  for (const n of natives) {
    if (!unpacked.has(n)) problems.push(`native module inside the asar (cannot be loaded from there): ${n}`);
    else if (!onDisk.has(n)) problems.push(`native module marked unpacked but missing from app.asar.unpacked: ${n}`);
  }
  if (!layout.executableExists) problems.push('the executable devin-tray is missing');
  return problems;
}
