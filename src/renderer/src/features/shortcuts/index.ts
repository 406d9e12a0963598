export { ShortcutsHelp } from './ShortcutsHelp';
export { ShortcutsSheet } from './ShortcutsSheet';
export { shortcutGroups, formatAccelerator } from './shortcut-list';
