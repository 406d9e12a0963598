/** Session views and pure decisions shared by main, the renderer and the CLI (no Node imports here). */
export * from './display-title';
export * from './notification-grouping';
export * from './notification-policy';
export * from './notification-settings';
export * from './session-filter';
export * from './session-prompt';
export * from './session-repos';
export * from './session-state';
export * from './session-view';
export * from './suspend-reason';
export * from './tracker-status';
export * from './transitions';
export * from './tray-menu';
export * from './tray-state';
export * from './tray-view';
export * from './sync-problem';
