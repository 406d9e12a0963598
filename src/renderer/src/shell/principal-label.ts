import type { TFunction } from '../i18n/context';

/** "Service user", "Personal access token", or the raw type for principals we do not know yet. */
export function principalTypeLabel(type: string, t: TFunction): string {
  if (type === 'service_user') return t('ui.principal.service_user');
  if (type === 'pat_user') return t('ui.principal.pat_user');
  return t('ui.principal.other', { type });
}
