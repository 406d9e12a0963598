import cronstrue from 'cronstrue';
// The zh_CN locale is a UMD module that registers itself on cronstrue's default export when
// imported for its side effect; bundlers (Vite/Rollup's CommonJS handling) keep one cronstrue
// instance, so `locale: 'zh_CN'` finds it. See describe-cron.test.ts.
import 'cronstrue/locales/zh_CN';
import type { Locale } from '../i18n/locale';
import { validateCron } from './validate-cron';

const CRONSTRUE_LOCALE: Record<Locale, string> = { en: 'en', 'zh-CN': 'zh_CN' };

/**
 * A cron in words, e.g. "At 09:00, Monday through Friday" / "在09:00, 星期一至星期五". The words
 * describe the expression's own clock (UTC for the API); callers add the zone. Null if invalid.
 */
export function describeCron(cron: string, locale: Locale): string | null {
  const valid = validateCron(cron);
  if (!valid.ok) return null;
  try {
    return cronstrue.toString(valid.expression, {
      locale: CRONSTRUE_LOCALE[locale],
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
      verbose: false,
    });
  } catch {
    return null;
  }
}
