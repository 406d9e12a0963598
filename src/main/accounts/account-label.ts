import { AppError } from '../../shared/errors';
import { ACCOUNT_LABEL_MAX } from '../../shared/settings';

/** Pure: a label as typed → trimmed, inner whitespace collapsed; VALIDATION when empty or too long. */
export function normalizeLabel(typed: string): string {
  const label = typed.replace(/\s+/g, ' ').trim();
  if (!label || label.length > ACCOUNT_LABEL_MAX) {
    throw new AppError('ACCOUNT_LABEL_INVALID', `An account label has 1 to ${ACCOUNT_LABEL_MAX} characters`, {}, { max: ACCOUNT_LABEL_MAX });
  }
  return label;
}

/** Pure: labels are unique without regard to case ("Work" and "work" would be the same `--account`). */
export function sameLabel(a: string, b: string): boolean {
  return a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');
}

/** Pure: the label an account gets when none was typed: its org's name, else "default". */
export function defaultLabel(orgName: string | null): string {
  const base = (orgName ?? '').replace(/\s+/g, ' ').trim().slice(0, ACCOUNT_LABEL_MAX);
  return base || 'default';
}

/** Pure: `wanted`, or `wanted 2`, `wanted 3`… — the first not taken by another account. */
export function uniqueLabel(wanted: string, taken: readonly string[]): string {
  const free = (l: string) => !taken.some((t) => sameLabel(t, l));
  if (free(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${wanted.slice(0, ACCOUNT_LABEL_MAX - suffix.length)}${suffix}`;
    if (free(candidate)) return candidate;
  }
}
