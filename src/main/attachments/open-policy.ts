import { splitExtension } from './fit-file-name';

/**
 * Extensions that run code (or install something) when opened with the system's default
 * handler. Opening such a downloaded attachment with one click would let a remote party run
 * code; we reveal it in its folder instead.
 */
const RISKY_EXTENSIONS = new Set([
  // Windows
  'exe', 'com', 'scr', 'pif', 'bat', 'cmd', 'msi', 'msix', 'msp', 'appx', 'appxbundle', 'ps1', 'psm1', 'vbs', 'vbe', 'js', 'jse',
  'wsf', 'wsh', 'hta', 'cpl', 'lnk', 'url', 'reg', 'inf', 'scf', 'jar', 'dll', 'sys', 'application', 'gadget', 'msc', 'chm',
  'iso', 'img', 'vhd', 'vhdx', 'appref-ms', 'settingcontent-ms', 'library-ms', 'search-ms',
  // macOS
  'app', 'command', 'tool', 'pkg', 'mpkg', 'dmg', 'terminal', 'workflow', 'action', 'scpt', 'applescript', 'webloc', 'inetloc', 'fileloc',
  // Linux and shells
  'sh', 'bash', 'zsh', 'csh', 'ksh', 'fish', 'run', 'bin', 'desktop', 'appimage', 'deb', 'rpm', 'snap', 'flatpakref', 'py', 'pyw', 'pl', 'rb', 'php',
]);

/** Pure: true when opening a file with this name could execute it. Names without an extension count too (Unix executables). */
export function isRiskyToOpen(fileName: string): boolean {
  const { ext } = splitExtension(fileName);
  if (ext === '') return true;
  return RISKY_EXTENSIONS.has(ext.slice(1).toLowerCase());
}
