import type { Locale } from './locale';

/**
 * One domain's strings in every locale. The type makes a key missing from either locale a
 * compile error, so "every user-visible string in en and zh-CN" is checked by `tsc`.
 * Placeholders are written `{name}`.
 */
export function defineMessages<K extends string>(m: { en: Record<K, string>; 'zh-CN': Record<K, string> }): {
  [L in Locale]: Record<K, string>;
} {
  return m;
}
