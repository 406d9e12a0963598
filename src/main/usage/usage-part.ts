import { isApiError } from '../api/api-error';
import type { UsagePart, UsagePermission } from '../../shared/usage/usage-view';

/** Turns an error into the code and localized message the UI shows. */
export type DescribeError = (err: unknown) => { code: string; message: string };

/**
 * Runs one part of the usage screen: a 403 becomes `forbidden` naming the permission the
 * endpoint needs (an empty state, not an error); any other failure is that part's error only,
 * so the rest of the screen still shows.
 */
export async function usagePart<T>(permission: UsagePermission, describe: DescribeError, load: () => Promise<T>): Promise<UsagePart<T>> {
  try {
    return { state: 'ok', value: await load() };
  } catch (err) {
    if (isForbidden(err)) return { state: 'forbidden', permission };
    return { state: 'error', ...describe(err) };
  }
}

export function isForbidden(err: unknown): boolean {
  return isApiError(err) && err.code === 'FORBIDDEN';
}
