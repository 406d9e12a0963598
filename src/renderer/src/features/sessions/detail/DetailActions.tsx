import { useEffect, useRef, useState } from 'react';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { sessionSubject } from '../../../../../shared/sessions/notification-policy';
import { getBridge } from '../../../bridge';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { CheckIcon, ExternalIcon, EyeIcon } from '../../../ui/icons';
import { toUiError } from '../../../ui/ui-error';
import { copyText } from '../kit/copy-text';
import { ArchiveIcon, LinkIcon, StopIcon } from '../kit/icons';

export interface DetailActionsProps {
  view: SessionView;
  onOpenExternal: (url: string) => void;
  /** Reports a failed action (shown by the detail pane), or null to clear. */
  onError: (message: string | null) => void;
}

type Busy = 'archive' | 'terminate' | 'watch' | null;

/** Open in Devin, copy link, watch toggle, archive, terminate (after a confirmation). */
export function DetailActions({ view, onOpenExternal, onError }: DetailActionsProps) {
  const t = useT();
  const locale = useLocale();
  const [busy, setBusy] = useState<Busy>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  // The watch flag as last set here, until the live list reports the same (or something newer).
  const [watchOverride, setWatchOverride] = useState<{ basis: boolean; value: boolean } | null>(null);
  const copiedTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(copiedTimer.current), []);

  const watched = watchOverride && watchOverride.basis === view.watched ? watchOverride.value : view.watched;
  const archived = view.group === 'archived';
  // Terminating only makes sense while Devin could still act: working, waiting, or suspended.
  const stoppable = view.status !== 'exit' && (view.group === 'running' || view.group === 'attention' || view.group === 'suspended');

  const run = async (kind: Exclude<Busy, null>, action: () => Promise<unknown>): Promise<boolean> => {
    if (busy) return false;
    setBusy(kind);
    onError(null);
    try {
      await action();
      return true;
    } catch (err) {
      const message = toUiError(err, t).message;
      if (kind === 'terminate') setConfirmError(message);
      else onError(message);
      return false;
    } finally {
      setBusy(null);
    }
  };

  const toggleWatch = () => {
    const next = !watched;
    const basis = view.watched;
    void run('watch', async () => {
      const sessions = getBridge().sessions;
      await (next ? sessions.watch({ sessionId: view.id }) : sessions.unwatch({ sessionId: view.id }));
      setWatchOverride({ basis, value: next });
    });
  };

  const copyLink = async () => {
    onError(null);
    if (await copyText(view.url)) {
      setCopied(true);
      window.clearTimeout(copiedTimer.current);
      copiedTimer.current = window.setTimeout(() => setCopied(false), 2000);
    } else {
      onError(t('ui.sessions.detail.copyFailed', { url: view.url }));
    }
  };

  const terminate = async () => {
    setConfirmError(null);
    if (await run('terminate', () => getBridge().sessions.terminate({ sessionId: view.id }))) setConfirming(false);
  };

  return (
    <div className="detail-actions" role="toolbar" aria-label={t('ui.sessions.detail.actions')}>
      <Button size="sm" variant="secondary" onClick={() => onOpenExternal(view.url)}>
        <ExternalIcon size={13} />
        {t('ui.sessions.detail.openInDevin')}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => void copyLink()}>
        {copied ? <CheckIcon size={13} /> : <LinkIcon size={13} />}
        {copied ? t('ui.sessions.detail.copied') : t('ui.sessions.detail.copyLink')}
      </Button>
      <span className="visually-hidden" role="status">
        {copied ? t('ui.sessions.detail.copied') : ''}
      </span>
      <Button
        size="sm"
        variant="ghost"
        className={watched ? 'is-watching' : undefined}
        aria-pressed={watched}
        busy={busy === 'watch'}
        title={watched ? t('ui.sessions.detail.unwatchHint') : t('ui.sessions.detail.watchHint')}
        onClick={toggleWatch}
      >
        {busy !== 'watch' && <EyeIcon size={13} />}
        {watched ? t('ui.sessions.detail.watching') : t('ui.sessions.detail.watch')}
      </Button>
      <span className="detail-actions-spacer" />
      {!archived && (
        <Button size="sm" variant="ghost" busy={busy === 'archive'} onClick={() => void run('archive', () => getBridge().sessions.archive({ sessionId: view.id }))}>
          {busy !== 'archive' && <ArchiveIcon size={13} />}
          {busy === 'archive' ? t('ui.sessions.detail.archiving') : t('ui.sessions.detail.archive')}
        </Button>
      )}
      {stoppable && (
        <Button size="sm" variant="ghost" className="detail-danger" onClick={() => { setConfirmError(null); setConfirming(true); }}>
          <StopIcon size={13} />
          {t('ui.sessions.detail.terminate')}
        </Button>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('ui.sessions.detail.terminateTitle')}
          body={t('ui.sessions.detail.terminateBody', { title: sessionSubject(view, locale) })}
          confirmLabel={t('ui.sessions.detail.terminate')}
          cancelLabel={t('ui.sessions.detail.cancel')}
          busy={busy === 'terminate'}
          busyLabel={t('ui.sessions.detail.terminating')}
          tone="danger"
          error={confirmError}
          onConfirm={() => void terminate()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
