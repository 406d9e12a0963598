import type { SessionScopeView } from '../../../../../shared/ipc/channels/session-scope';
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Playbook } from '../../../../../shared/domain/playbook';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { InlineError } from '../../../ui/InlineError';
import { CloseIcon } from '../../../ui/icons';
import { toUiError } from '../../../ui/ui-error';
import { trapTab } from '../../../ui/focus-trap';
import { useSettings } from '../../../store/hooks';
import { isSendShortcut, sendKeysLabel } from '../kit/send-keys';
import { emptyDraft, normalizeTag, toCreateRequest, validateDraft, type ComposerDraft } from '../model/composer-draft';
import { parseRepoSlug } from '../model/repo-slug';
import { useReplyFiles } from '../../attachments';
import { ChipInput, type ChipCheck } from './ChipInput';
import { ComposerOptions } from './ComposerOptions';
import { KnowledgeChoiceField } from './KnowledgeChoiceField';
import { OrgSecretsChoiceField } from './OrgSecretsChoiceField';
import { PlaybookPicker } from './PlaybookPicker';
import { useComposerMemory } from './useComposerMemory';
import { useComposerDraft } from './useComposerDraft';
import { DiscardDraftDialog } from '../../drafts';
import { RestoredDraftNote } from './RestoredDraftNote';
import { MaxAcuField } from './MaxAcuField';

export interface ComposerDialogProps {
  /** Preselected playbook (from the playbooks screen's "Start session"). */
  playbookId: string | null;
  playbooks: readonly Playbook[] | null;
  playbooksError: string | null;
  isMac: boolean;
  /** The All-organisations scope of an enterprise key: the session goes to an org picked here (default: the last used). */
  orgChoice?: SessionScopeView | null;
  onCreated: (sessionId: string) => void;
  onClose: () => void;
}

/**
 * The new-session form, as a modal. Only the prompt is required. Ctrl/Cmd+Enter sends. One
 * request at a time: the button and the shortcut do nothing while one is in flight, and the
 * dialog cannot be dismissed then (the answer decides what happens). A failure keeps everything typed.
 */
export function ComposerDialog({ playbookId, playbooks, playbooksError, isMac, orgChoice = null, onCreated, onClose }: ComposerDialogProps) {
  const t = useT();
  const titleId = useId();
  const promptId = useId();
  const promptErrorId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const prompt = useRef<HTMLTextAreaElement>(null);
  const inFlight = useRef(false);
  const defaultMaxAcu = useSettings().usage.defaultMaxAcuLimit;
  const [draft, setDraft] = useState<ComposerDraft>(() => emptyDraft(playbookId, defaultMaxAcu));
  const [tagText, setTagText] = useState('');
  const [repoText, setRepoText] = useState('');
  const [tagError, setTagError] = useState<string | null>(null);
  const [repoError, setRepoError] = useState<string | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Files attached at creation: uploaded first, their URLs then go in `attachment_urls`.
  const files = useReplyFiles(sending);
  // Mode and child playbook come back as last used in this org (kept in main), until the user picks.
  const memory = useComposerMemory(setDraft, playbooks);
  // What is typed is kept in main as a draft (#13): back when the dialog opens again, even after a restart.
  const kept = useComposerDraft({ state: { draft, tagText, repoText }, setDraft, setTagText, setRepoText, files, memory, playbookId, defaultMaxAcu });
  const [asking, setAsking] = useState(false);
  const [orgId, setOrgId] = useState<string | null>(() => orgChoice?.createOrgId ?? orgChoice?.orgId ?? null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    prompt.current?.focus();
    return () => opener?.focus();
  }, []);

  const problems = validateDraft(draft);
  const set = (patch: Partial<ComposerDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const checkTag = (raw: string): ChipCheck | null => {
    const tag = normalizeTag(raw);
    return tag === null ? null : { ok: true, value: tag };
  };
  const checkRepo = (raw: string): ChipCheck => {
    const r = parseRepoSlug(raw);
    return r.ok ? { ok: true, value: r.slug } : { ok: false, message: t('ui.sessions.composer.repoInvalid', { value: raw.trim() }) };
  };

  /** Typed-but-not-added tags and repos count too; null when a repo is not valid. */
  const withPending = (): ComposerDraft | null => {
    let next = draft;
    const tag = normalizeTag(tagText);
    if (tag !== null && !next.tags.includes(tag)) next = { ...next, tags: [...next.tags, tag] };
    if (repoText.trim()) {
      const r = checkRepo(repoText);
      if (!r.ok) {
        setRepoError(r.message);
        return null;
      }
      if (!next.repos.includes(r.value)) next = { ...next, repos: [...next.repos, r.value] };
    }
    return next;
  };

  const submit = async () => {
    if (inFlight.current) return;
    setShowProblems(true);
    const blocking = validateDraft(draft);
    if (blocking.prompt) {
      prompt.current?.focus();
      return;
    }
    if (blocking.knowledge || blocking.secrets) return;
    if (blocking.maxAcuLimit) {
      document.getElementById(`${promptId}-max-acu`)?.focus();
      return;
    }
    const full = withPending();
    if (!full) return;
    inFlight.current = true;
    setSending(true);
    setError(null);
    setDraft(full);
    setTagText('');
    setRepoText('');
    try {
      // A file uploaded once is not uploaded again if the create then fails and is retried.
      const attachmentUrls = files.files.length > 0 ? await files.upload() : [];
      const body = toCreateRequest(full, attachmentUrls);
      const created = orgChoice && orgId ? await getBridge().sessionScope.create({ orgId, body }) : await getBridge().sessions.create(body);
      memory.remember(full);
      await kept.created();
      onCreated(created.sessionId);
    } catch (err) {
      setError(t('ui.sessions.composer.failed', { message: toUiError(err, t).message }));
      inFlight.current = false;
      setSending(false);
    }
  };

  /** Esc, ✕, Cancel, a click outside: a changed draft is only thrown away after asking. */
  const close = () => {
    if (inFlight.current) return;
    if (kept.mustAsk()) setAsking(true);
    else void kept.keep().then(onClose);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    } else if (isSendShortcut(e)) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
      // Enter in a one-line field must not start a (billed) session: only the button and Ctrl/Cmd+Enter do.
      e.preventDefault();
    } else {
      trapTab(e, panel.current);
    }
  };

  const promptProblem = showProblems && problems.prompt === 'required';
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div ref={panel} className="dialog composer-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-busy={sending || undefined} onKeyDown={onKeyDown}>
        <div className="composer-head">
          <h2 id={titleId} className="dialog-title">
            {t('ui.sessions.composer.title')}
          </h2>
          <button type="button" className="icon-button" aria-label={t('ui.sessions.detail.close')} disabled={sending} onClick={close}>
            <CloseIcon size={14} />
          </button>
        </div>
        <form
          className={files.dragOver ? 'composer-form is-drop-over' : 'composer-form'}
          noValidate
          {...files.dropHandlers}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="composer-body">
            {kept.restoredAt !== null && <RestoredDraftNote savedAt={kept.restoredAt} onStartOver={kept.startOver} disabled={sending} />}
            <div className="field composer-field">
              <label className="field-label" htmlFor={promptId}>
                {t('ui.sessions.composer.prompt')}
              </label>
              <textarea
                ref={prompt}
                id={promptId}
                className="composer-prompt"
                value={draft.prompt}
                rows={6}
                required
                placeholder={t('ui.sessions.composer.promptPlaceholder')}
                aria-invalid={promptProblem || undefined}
                aria-describedby={promptProblem ? promptErrorId : undefined}
                onChange={(e) => set({ prompt: e.target.value })}
              />
              {promptProblem && (
                <p className="field-error" id={promptErrorId}>
                  {t('ui.sessions.composer.promptRequired')}
                </p>
              )}
            </div>
            <div className="composer-grid">
              {orgChoice && (
                <div className="field composer-field">
                  <label className="field-label" htmlFor={`${promptId}-org`}>
                    {t('ui.orgs.composer.label')}
                  </label>
                  <select id={`${promptId}-org`} className="sessions-select composer-select" value={orgId ?? ''} disabled={sending} aria-describedby={`${promptId}-org-hint`} onChange={(e) => setOrgId(e.target.value)}>
                    {orgChoice.orgs.map((o) => (
                      <option key={o.orgId} value={o.orgId}>
                        {o.name || o.orgId}
                      </option>
                    ))}
                  </select>
                  <p className="field-hint" id={`${promptId}-org-hint`}>
                    {t('ui.orgs.composer.hint')}
                  </p>
                </div>
              )}
              <div className="field composer-field">
                <label className="field-label" htmlFor={`${promptId}-title`}>
                  {t('ui.sessions.composer.sessionTitle')}
                  <span className="field-optional">{t('ui.sessions.composer.optional')}</span>
                </label>
                <input
                  id={`${promptId}-title`}
                  type="text"
                  value={draft.title}
                  maxLength={500}
                  placeholder={t('ui.sessions.composer.titlePlaceholder')}
                  onChange={(e) => set({ title: e.target.value })}
                />
              </div>
              <PlaybookPicker value={draft.playbookId} onChange={(id) => set({ playbookId: id })} playbooks={playbooks} error={playbooksError} />
              <ChipInput
                label={t('ui.sessions.composer.repos')}
                hint={t('ui.sessions.composer.optional')}
                values={draft.repos}
                onValuesChange={(repos) => set({ repos })}
                text={repoText}
                onTextChange={setRepoText}
                check={checkRepo}
                error={repoError}
                onError={setRepoError}
                placeholder={t('ui.sessions.composer.reposPlaceholder')}
                mono
              />
              <ChipInput
                label={t('ui.sessions.composer.tags')}
                hint={t('ui.sessions.composer.optional')}
                values={draft.tags}
                onValuesChange={(tags) => set({ tags })}
                text={tagText}
                onTextChange={setTagText}
                check={checkTag}
                error={tagError}
                onError={setTagError}
                placeholder={t('ui.sessions.composer.tagsPlaceholder')}
              />
              <MaxAcuField id={`${promptId}-max-acu`} value={draft.maxAcuLimit} invalid={showProblems && problems.maxAcuLimit === 'invalid'} onChange={(maxAcuLimit) => set({ maxAcuLimit })} />
            </div>
            <KnowledgeChoiceField
              mode={draft.knowledgeMode}
              picks={draft.knowledge}
              onModeChange={(knowledgeMode) => set({ knowledgeMode })}
              onPicksChange={(knowledge) => set({ knowledge })}
              showProblem={showProblems}
              disabled={sending}
            />
            <OrgSecretsChoiceField
              mode={draft.secretsMode}
              picks={draft.secrets}
              onModeChange={(secretsMode) => set({ secretsMode })}
              onPicksChange={(secrets) => set({ secrets })}
              showProblem={showProblems}
              disabled={sending}
            />
            <ComposerOptions
              devinMode={draft.devinMode}
              onDevinModeChange={(devinMode) => {
                memory.touched('devinMode');
                set({ devinMode });
              }}
              childPlaybookId={draft.childPlaybookId}
              onChildPlaybookChange={(childPlaybookId) => {
                memory.touched('childPlaybookId');
                set({ childPlaybookId });
              }}
              playbooks={playbooks}
              files={files}
              disabled={sending}
            />
          </div>
          {error && (
            <div className="composer-error">
              <InlineError message={error} />
            </div>
          )}
          <div className="composer-footer">
            <p className="composer-note">
              {t('ui.sessions.composer.watchedNote')}
              <span className="composer-keys">{t('ui.sessions.composer.keys', { keys: sendKeysLabel(isMac) })}</span>
            </p>
            <Button onClick={close} disabled={sending}>
              {t('ui.sessions.composer.cancel')}
            </Button>
            <Button type="submit" variant="primary" busy={sending}>
              {files.uploading ? t('ui.sessionMeta.composer.uploading') : sending ? t('ui.sessions.composer.sending') : t('ui.sessions.composer.send')}
            </Button>
          </div>
        </form>
      </div>
      {asking && (
        <DiscardDraftDialog
          onKeep={() => setAsking(false)}
          onDiscard={() => {
            setAsking(false);
            void kept.discard().then(onClose);
          }}
        />
      )}
    </div>
  );
}
