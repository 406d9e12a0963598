import { describe, expect, it } from 'vitest';
import { translate, type Locale, type MessageKey, type TParams } from '../../../../../shared/i18n';
import type { CheckoutPrView } from '../../../../../shared/ipc/channels/checkout';
import { countKey, removeConfirmationText } from './remove-confirmation';

const pr = (changes: string[], changeCount: number, localCommits: number): CheckoutPrView => ({
  prUrl: 'https://github.com/o/r/pull/1',
  label: 'o/r#1',
  state: 'open',
  supported: true,
  repo: 'o/r',
  repos: [],
  repoKey: null,
  worktreePath: '/w',
  ref: 'refs/devin-tray/x',
  worktree: { path: '/w', head: 'a', prHead: 'a', changes, changeCount, localCommits, token: 't' },
  refused: null,
});
const t = (locale: Locale) => (key: MessageKey, params?: TParams) => translate(locale, key, params);

describe('removeConfirmationText (pure)', () => {
  it('names the files (and how many more), the commits, or that nothing is lost; sentences joined as each language does', () => {
    expect(removeConfirmationText(pr([], 0, 0), t('en'), 'en')).toBe(
      'This deletes the folder /w and the ref refs/devin-tray/x. Your repository is not changed otherwise. It has no uncommitted work.',
    );
    expect(removeConfirmationText(pr(['a.txt'], 1, 2), t('en'), 'en')).toContain(
      'Uncommitted work there will be lost: a.txt. 2 commits made there that are not in the pull request will be lost.',
    );
    expect(removeConfirmationText(pr(['a', 'b'], 4, 0), t('zh-CN'), 'zh-CN')).toBe(
      '这会删除文件夹 /w 和引用 refs/devin-tray/x。你的仓库不会有其他改动。其中未提交的改动将会丢失（4 个文件）：a、b 等另外 2 个。',
    );
    expect(countKey('ui.checkout.changes', 1)).toBe('ui.checkout.changes.one');
    expect(countKey('ui.checkout.changes', 0)).toBe('ui.checkout.changes.other');
  });
});
