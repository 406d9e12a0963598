import cronstrue from 'cronstrue';
// The zh_CN locale is a UMD module that registers itself on cronstrue's default export when
// imported for its side effect; bundlers (Vite/Rollup's CommonJS handling) keep one cronstrue
// instance, so `locale: 'zh_CN'` finds it. See describe-cron.test.ts.
import 'cronstrue/locales/zh_CN';
import type { Locale } from '../i18n/locale';
import { HOUR_CYCLE } from '../intl/hour-cycle';
import { validateCron } from './validate-cron';

const CRONSTRUE_LOCALE: Record<Locale, string> = { en: 'en', 'zh-CN': 'zh_CN' };

/**
 * A cron in words, e.g. "At 9:00 AM, Monday through Friday" / "在09:00, 星期一至星期五". The words
 * describe the expression's own clock (UTC for the API); callers add the zone. Null if invalid.
 */
export function describeCron(cron: string, locale: Locale): string | null {
  const valid = validateCron(cron);
  if (!valid.ok) return null;
  try {
    const words = cronstrue.toString(valid.expression, {
      locale: CRONSTRUE_LOCALE[locale],
      // The locale's one hour cycle, as every other time in the app (../intl/hour-cycle.ts).
      use24HourTimeFormat: HOUR_CYCLE[locale] === 'h23',
      throwExceptionOnParseError: true,
      verbose: false,
    });
    // cronstrue pads 12-hour times ("09:00 AM"); the app's formatter writes "9:00 AM".
    return words.replace(/\b0(\d:\d\d\s?[AP]M)/g, '$1');
  } catch {
    return null;
  }
}
