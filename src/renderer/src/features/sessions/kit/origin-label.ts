import { hasMessage } from '../../../../../shared/i18n';
import type { MessageKey } from '../../../../../shared/i18n';
import type { TFunction } from '../../../i18n/context';

/** "Web app", "Slack", "定时任务"…; an origin the app does not know yet is shown as sent. */
export function originLabel(origin: string, t: TFunction): string {
  const key = `ui.sessions.origin.${origin}`;
  return hasMessage(key) ? t(key as MessageKey) : origin;
}
