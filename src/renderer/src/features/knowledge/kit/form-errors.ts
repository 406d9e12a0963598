import type { TFunction } from '../../../i18n/context';
import { placeFieldErrors } from '../../../../../shared/library/field-errors';
import { toUiError } from '../../../ui/ui-error';

/** What an editor shows after a failed save: messages beside fields, and one line for the rest. */
export interface FormErrors<F extends string> {
  byField: Partial<Record<F, string>>;
  general: string | null;
}

export const NO_ERRORS: FormErrors<never> = { byField: {}, general: null };

/**
 * Turns a failed save into form errors. A VALIDATION error (a 422 from Devin, or the app's own
 * check before sending) lands on its fields; anything else becomes the general message.
 */
export function formErrorsFrom<F extends string>(
  err: unknown,
  fields: readonly F[],
  t: TFunction,
  aliases: Readonly<Record<string, F>> = {},
): FormErrors<F> {
  const ui = toUiError(err, t);
  const details = (err as { details?: { fieldErrors?: { field: string; message: string }[] } } | null)?.details;
  if (ui.code === 'VALIDATION' && details?.fieldErrors?.length) {
    const placed = placeFieldErrors(details.fieldErrors, fields, aliases);
    const rest = placed.other.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
    const general = rest ? t('library.error.other', { message: rest }) : Object.keys(placed.byField).length > 0 ? t('library.form.fixErrors') : ui.message;
    return { byField: placed.byField, general };
  }
  return { byField: {}, general: ui.message };
}
