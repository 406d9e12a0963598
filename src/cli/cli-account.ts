import { AppError } from '../shared/errors';
import type { AccountRecord, Settings } from '../shared/settings';
import { sameLabel } from '../main/accounts/account-label';

/**
 * Which stored account a CLI command acts for (#16): the one named by `--account LABEL` (labels
 * compare without case), else the app's current account, else the first; null when none is stored
 * (a fresh install, or a key only in the environment). An unknown label is ACCOUNT_UNKNOWN_LABEL,
 * naming the labels there are (exit 2).
 */
export function cliAccount(settings: Pick<Settings, 'accounts' | 'currentAccountId'>, label: string | undefined): AccountRecord | null {
  const { accounts } = settings;
  if (label !== undefined) {
    const found = accounts.find((a) => sameLabel(a.label, label.trim()));
    if (found) return found;
    const labels = accounts.map((a) => a.label).join(', ') || '—';
    throw new AppError('ACCOUNT_UNKNOWN_LABEL', `No account is labelled "${label}". Accounts: ${labels}`, { labelList: accounts.map((a) => a.label) }, { label, labels });
  }
  return accounts.find((a) => a.id === settings.currentAccountId) ?? accounts[0] ?? null;
}

/** `--account LABEL` (or `--account=LABEL`) anywhere in argv: the label and the rest; a missing value is a usage error. */
export function takeAccountOption(argv: readonly string[]): { label: string | undefined; rest: string[]; missingValue: boolean } {
  const rest: string[] = [];
  let label: string | undefined;
  let missingValue = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--account') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) missingValue = true;
      else label = value;
      i++;
      continue;
    }
    if (arg.startsWith('--account=')) {
      label = arg.slice('--account='.length);
      if (!label) missingValue = true;
      continue;
    }
    rest.push(arg);
  }
  return { label, rest, missingValue };
}
