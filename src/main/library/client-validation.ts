import { AppError, type FieldError } from '../../shared/errors';
import { translate, type Locale } from '../../shared/i18n';

/** A problem found before sending: the field, and an i18n key with its params. */
export interface ClientProblem {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The same VALIDATION error a 422 would give (field errors the editors place on their fields),
 * marked `clientSide` so it is clear nothing was sent.
 */
export function clientValidationError(problems: readonly ClientProblem[], locale: Locale): AppError {
  const fieldErrors: FieldError[] = problems.map((p) => ({ field: p.field, message: translate(locale, p.key, p.params ?? {}) }));
  const detail = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new AppError('VALIDATION', `Not sent: ${detail}`, { fieldErrors, clientSide: true, detail }, { detail });
}
