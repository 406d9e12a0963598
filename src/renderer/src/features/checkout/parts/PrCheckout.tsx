import { useId, useState } from 'react';
import type { CheckoutOutcome, CheckoutPrView, CheckoutStatusView } from '../../../../../shared/ipc/channels/checkout';
import { getBridge } from '../../../bridge';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { InlineError } from '../../../ui/InlineError';
import { toUiError } from '../../../ui/ui-error';
import { FolderIcon } from '../../attachments/parts/icons';
import { copyText } from '../../sessions/kit/copy-text';
import { PullRequestIcon } from '../../sessions/kit/icons';
import { countKey, removeConfirmationText } from '../model/remove-confirmation';

type Busy = 'start' | 'update' | 'remove' | 'confirm' | 'open' | 'reveal' | null;

export interface PrCheckoutProps {
  sessionId: string;
  pr: CheckoutPrView;
  /** A fresh view of this pull request (what an operation answered). */
  onView: (pr: CheckoutPrView) => void;
  /** Asks main again for the whole status (the worktree changed under us). */
  onReload: () => void;
  /** Asks now and waits (the confirmation shows what would be lost right now). */
  onRefresh: () => Promise<CheckoutStatusView>;
}

const short = (sha: string | null) => (sha ?? '').slice(0, 7);

/**
 * One pull request of the session: where it can be checked out (the repository and the worktree
 * folder beside it, real paths), Check out locally; once checked out, its folder and state with
 * Open folder, Show in folder, Copy path, Update and Remove (after a confirmation that names what
 * would be lost). Every operation runs in main; errors are main's, in the UI language.
 */
export function PrCheckout({ sessionId, pr, onView, onReload, onRefresh }: PrCheckoutProps) {
  const t = useT();
  const locale = useLocale();
  const selectId = useId();
  const pathId = useId();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // The repository the user picked (several match); until then, the one main proposes.
  const [chosen, setChosen] = useState<string | null>(null);

  const repo = pr.repos.find((r) => r.key === (chosen ?? pr.repoKey)) ?? pr.repos[0];
  const target = repo ? { sessionId, prUrl: pr.prUrl, repoKey: repo.key } : null;

  const run = async (what: Exclude<Busy, null>, fn: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    setNote(null);
    try {
      await fn();
    } catch (err) {
      const e = toUiError(err, t);
      setError(e.message);
      // What the confirmation named is out of date: close it and read the worktree again.
      if (e.code === 'CHECKOUT_CHANGED' || e.code === 'CHECKOUT_NOT_FOUND') setConfirming(false);
      // A refusal usually means the worktree is not what the panel last read (edited, moved on): read it again.
      onReload();
    } finally {
      setBusy(null);
    }
  };
  const outcome = (o: CheckoutOutcome, view: CheckoutPrView) => {
    onView(view);
    setNote(t(`ui.checkout.outcome.${o}`, { sha: short(view.worktree?.head ?? null) }));
  };

  const start = () => target && void run('start', async () => {
    const r = await getBridge().checkout.start(target);
    outcome(r.outcome, r.pr);
  });
  const update = () => target && void run('update', async () => {
    const r = await getBridge().checkout.update(target);
    outcome(r.outcome, r.pr);
  });
  const show = (how: 'open' | 'reveal') => target && void run(how, () => getBridge().checkout.show({ ...target, how }));
  const copy = async () => {
    if (!pr.worktree) return;
    setError(null);
    setNote((await copyText(pr.worktree.path)) ? t('ui.checkout.copied') : t('ui.checkout.copyFailed'));
  };
  // The confirmation names what would be lost now, not when the panel was last read.
  const askRemove = () =>
    void run('confirm', async () => {
      const fresh = (await onRefresh()).prs.find((p) => p.prUrl === pr.prUrl);
      if (fresh?.worktree) setConfirming(true);
    });
  const remove = () =>
    target &&
    pr.worktree &&
    void run('remove', async () => {
      const view = await getBridge().checkout.remove({ ...target, token: pr.worktree?.token ?? '' });
      setConfirming(false);
      onView(view);
      setNote(t('ui.checkout.removed'));
    });

  const w = pr.worktree;
  return (
    <li className="co-pr" aria-label={pr.label}>
      <div className="co-pr-head">
        <PullRequestIcon size={13} className="co-pr-icon" />
        <span className="co-pr-label">{pr.label}</span>
      </div>

      {!pr.supported && <p className="co-note">{t('ui.checkout.unsupported')}</p>}
      {pr.supported && pr.repos.length === 0 && (
        <p className="co-note">
          {pr.refused
            ? t('ui.checkout.refused', { root: pr.refused.root, url: pr.refused.remoteUrl })
            : t('ui.checkout.noRepo', { repo: pr.repo ?? pr.label, sessionId })}
        </p>
      )}

      {repo && !w && (
        <>
          {pr.repos.length > 1 ? (
            <div className="co-line">
              <label htmlFor={selectId} className="co-key">
                {t('ui.checkout.repository')}
              </label>
              <select id={selectId} className="co-select" value={repo.key} onChange={(e) => setChosen(e.target.value)} disabled={busy !== null}>
                {pr.repos.map((r) => (
                  <option key={r.key} value={r.key}>
                    {t('ui.checkout.from', { root: r.root, remote: r.remoteName })}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div className="co-line">
              <span className="co-key">{t('ui.checkout.repository')}</span>
              <code className="co-path">{repo.root}</code>
              <span className="co-remote">{t('ui.checkout.remote', { remote: repo.remoteName })}</span>
            </div>
          )}
          <div className="co-line">
            <span className="co-key" id={pathId}>
              {t('ui.checkout.into')}
            </span>
            <code className="co-path">{repo.worktreePath}</code>
          </div>
          <p className="co-hint">{t('ui.checkout.intoHint')}</p>
          <div className="co-actions">
            <Button size="sm" variant="primary" busy={busy === 'start'} aria-describedby={pathId} onClick={start}>
              {busy === 'start' ? t('ui.checkout.starting') : t('ui.checkout.start')}
            </Button>
          </div>
        </>
      )}

      {w && (
        <>
          <div className="co-line">
            <FolderIcon size={14} className="co-folder-icon" />
            <code className="co-path" id={pathId}>
              {w.path}
            </code>
          </div>
          <p className="co-state">
            <span>{t('ui.checkout.at', { sha: short(w.head) })}</span>
            <span className={w.changeCount > 0 ? 'co-dirty' : undefined}>
              {w.changeCount > 0 ? t(countKey('ui.checkout.changes', w.changeCount), { count: w.changeCount }) : t('ui.checkout.clean')}
            </span>
            {w.localCommits > 0 && <span>{t(countKey('ui.checkout.localCommits', w.localCommits), { count: w.localCommits })}</span>}
            {w.prHead && w.prHead !== w.head && <span>{t('ui.checkout.prHead', { sha: short(w.prHead) })}</span>}
          </p>
          <div className="co-actions" aria-describedby={pathId}>
            <Button size="sm" busy={busy === 'open'} onClick={() => show('open')}>
              {t('ui.checkout.open')}
            </Button>
            <Button size="sm" busy={busy === 'reveal'} onClick={() => show('reveal')}>
              {t('ui.checkout.reveal')}
            </Button>
            <Button size="sm" onClick={() => void copy()}>
              {t('ui.checkout.copy')}
            </Button>
            <Button size="sm" variant="primary" busy={busy === 'update'} onClick={update}>
              {busy === 'update' ? t('ui.checkout.updating') : t('ui.checkout.update')}
            </Button>
            <Button size="sm" variant="ghost" className="co-remove" busy={busy === 'confirm'} onClick={askRemove}>
              {t('ui.checkout.remove')}
            </Button>
          </div>
        </>
      )}

      {note && (
        <p className="co-outcome" role="status">
          {note}
        </p>
      )}
      {error && !confirming && <InlineError message={error} />}
      {confirming && w && (
        <ConfirmDialog
          title={t('ui.checkout.confirm.title')}
          body={removeConfirmationText(pr, t, locale)}
          confirmLabel={t('ui.checkout.confirm.ok')}
          cancelLabel={t('ui.checkout.cancel')}
          busy={busy === 'remove'}
          busyLabel={t('ui.checkout.confirm.busy')}
          tone="danger"
          error={busy === null ? error : null}
          onConfirm={remove}
          onCancel={() => {
            setConfirming(false);
            setError(null);
          }}
        />
      )}
    </li>
  );
}
