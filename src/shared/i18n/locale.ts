export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks our locale from an OS/browser locale string ("zh", "zh-Hans-CN", "en-GB" …). */
export function resolveLocale(osLocale: string | undefined | null): Locale {
  return osLocale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
