import type { CheckoutPrView } from '../../../../../shared/ipc/channels/checkout';
import type { Locale, MessageKey } from '../../../../../shared/i18n';
import type { TFunction } from '../../../i18n/context';

/** `key.one` for 1, else `key.other` (English needs the two; Chinese says the same in both). */
export function countKey(key: string, count: number): MessageKey {
  return `${key}.${count === 1 ? 'one' : 'other'}` as MessageKey;
}

/**
 * What the Remove confirmation says (pure): the folder and ref it deletes, then exactly what would
 * be lost: the uncommitted files by name (the first ones, and how many more) and the commits made
 * there that the pull request does not have; or that there is nothing to lose.
 */
export function removeConfirmationText(pr: CheckoutPrView, t: TFunction, locale: Locale): string {
  const w = pr.worktree;
  if (!w) return '';
  const lines = [t('ui.checkout.confirm.body', { path: w.path, ref: pr.ref ?? '' })];
  if (w.changeCount > 0) {
    const named = w.changes.join(locale === 'zh-CN' ? '、' : ', ');
    const more = w.changeCount - w.changes.length;
    const files = more > 0 ? t('ui.checkout.confirm.more', { files: named, count: more }) : named;
    lines.push(t(countKey('ui.checkout.confirm.changes', w.changeCount), { count: w.changeCount, files }));
  }
  if (w.localCommits > 0) lines.push(t(countKey('ui.checkout.confirm.commits', w.localCommits), { count: w.localCommits }));
  if (w.changeCount === 0 && w.localCommits === 0) lines.push(t('ui.checkout.confirm.clean'));
  // Chinese sentences end in a full-width stop and follow each other without a space.
  return lines.join(locale === 'zh-CN' ? '' : ' ');
}
