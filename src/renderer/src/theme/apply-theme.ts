import type { Settings } from '../../../shared/settings';

/**
 * 'light' / 'dark' pin the theme with `data-theme` on <html>; 'system' removes it so CSS follows
 * prefers-color-scheme (tokens.css uses `color-scheme` + light-dark()).
 */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
