import { useState } from 'react';
import { runCost } from '../../../../shared/cron/run-cost';
import { isoToLocalInput, localInputToIso } from '../../../../shared/cron/time-zone';
import type { Playbook } from '../../../../shared/domain/playbook';
import { DRAFT_AGENTS, DRAFT_NOTIFY_ON, draftProblems, type ScheduleDraft } from '../../../../shared/library/schedule-draft';
import { diffSchedulePatch, isEmptyPatch, type SchedulePatch } from '../../../../shared/library/schedule-patch';
import { useT } from '../../i18n/context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Segmented } from '../../ui/Segmented';
import { EditorFrame } from '../knowledge/kit/EditorFrame';
import { Field } from '../knowledge/kit/Field';
import { useEditorForm } from '../knowledge/kit/useEditorForm';
import type { EditorDraft } from '../knowledge/kit/editor-draft';
import { CronEditor } from './cron/CronEditor';

const FIELDS = ['name', 'prompt', 'schedule_type', 'frequency', 'scheduled_at', 'agent', 'notify_on', 'playbook_id', 'tags'] as const;

export type ScheduleSave = { kind: 'create'; draft: ScheduleDraft } | { kind: 'update'; patch: SchedulePatch };

/**
 * Create or edit a schedule. Editing sends a PATCH with only what changed
 * (`diffSchedulePatch`); the cron and the date are checked before anything is sent.
 */
export function ScheduleEditor({
  mode,
  initial,
  playbooks,
  userTimeZone,
  now,
  onSave,
  onCancel,
  draft,
}: {
  mode: 'new' | 'edit';
  initial: ScheduleDraft;
  playbooks: readonly Playbook[];
  userTimeZone: string;
  now: Date;
  onSave: (save: ScheduleSave) => Promise<void>;
  onCancel: () => void;
  /** The stored draft of this editor's place (#13); without it nothing is kept. */
  draft?: EditorDraft;
}) {
  const t = useT();
  const { form, errors, busy, first, edit, showProblems, send, draft: kept } = useEditorForm(initial, FIELDS, draft);
  const [tagsText, setTagsText] = useState(form.tags.join(', '));
  const [whenText, setWhenText] = useState(form.scheduled_at ? isoToLocalInput(form.scheduled_at, userTimeZone) : '');
  // Runs a day of a cron that asked before saving; set while the question is open.
  const [confirmRuns, setConfirmRuns] = useState<number | null>(null);

  const save = async (costAccepted = false) => {
    if (busy) return;
    const problems = draftProblems(form, new Date());
    if (problems.length > 0) {
      // The cron editor says what is wrong with the cron itself, as you type.
      showProblems(Object.fromEntries(problems.filter((p) => p.field !== 'frequency').map((p) => [p.field, t(p.key as 'library.form.required', p.params)])));
      return;
    }
    // A cron more frequent than hourly asks first, when it is new or changed (#13).
    const cost = form.schedule_type === 'recurring' && (mode === 'new' || form.frequency !== initial.frequency) ? runCost(form.frequency, new Date()) : null;
    if (!costAccepted && cost?.level === 'confirm') {
      setConfirmRuns(cost.runsPerDay);
      return;
    }
    let request: ScheduleSave;
    if (mode === 'new') request = { kind: 'create', draft: form };
    else {
      const patch = diffSchedulePatch(initial, form);
      if (isEmptyPatch(patch)) {
        onCancel();
        return;
      }
      request = { kind: 'update', patch };
    }
    await send(() => onSave(request), { cron_schedule: 'frequency', playbook: 'playbook_id' });
  };

  const utcPreview = form.scheduled_at ? form.scheduled_at.replace('.000Z', 'Z') : '—';

  return (
    <EditorFrame mode={mode} title={t(mode === 'new' ? 'schedules.editor.new' : 'schedules.editor.edit')} error={errors.general} busy={busy} onSave={() => void save()} onCancel={onCancel} draft={kept}>
      <Field label={t('schedules.field.name')} error={errors.byField.name}>
        {(ids) => <input ref={first} type="text" id={ids.id} value={form.name} onChange={(e) => edit('name', e.target.value)} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />}
      </Field>
      <Field label={t('schedules.field.prompt')} help={t('schedules.field.promptHelp')} error={errors.byField.prompt}>
        {(ids) => (
          <textarea id={ids.id} className="textarea" rows={4} value={form.prompt} onChange={(e) => edit('prompt', e.target.value)} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
        )}
      </Field>
      {mode === 'new' ? (
        <Segmented
          label={t('schedules.field.type')}
          name="schedule-type"
          value={form.schedule_type}
          options={[
            { value: 'recurring', label: t('schedules.type.recurring') },
            { value: 'one_time', label: t('schedules.type.one_time') },
          ]}
          onChange={(v) => edit('schedule_type', v)}
        />
      ) : (
        <p className="field-help">
          {t('schedules.field.type')}: {t(`schedules.type.${form.schedule_type}`)} · {t('schedules.field.typeFixed')}
        </p>
      )}
      {form.schedule_type === 'recurring' ? (
        <Field label={t('schedules.field.frequency')}>
          {(ids) => <CronEditor ids={ids} value={form.frequency} onChange={(v) => edit('frequency', v)} userTimeZone={userTimeZone} now={now} error={errors.byField.frequency} />}
        </Field>
      ) : (
        <Field label={t('schedules.field.scheduledAt')} help={t('schedules.field.scheduledAtHelp', { zone: userTimeZone, utc: utcPreview })} error={errors.byField.scheduled_at}>
          {(ids) => (
            <input
              id={ids.id}
              type="datetime-local"
              value={whenText}
              onChange={(e) => {
                setWhenText(e.target.value);
                edit('scheduled_at', localInputToIso(e.target.value, userTimeZone) ?? '');
              }}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
            />
          )}
        </Field>
      )}
      <div className="lib-form-row">
        <Field label={t('schedules.field.agent')} error={errors.byField.agent}>
          {(ids) => (
            <select id={ids.id} className="select" value={form.agent} onChange={(e) => edit('agent', e.target.value)} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy}>
              {DRAFT_AGENTS.map((a) => (
                <option key={a} value={a}>
                  {t(`schedules.agent.${a}`)}
                </option>
              ))}
              {!(DRAFT_AGENTS as readonly string[]).includes(form.agent) && <option value={form.agent}>{form.agent}</option>}
            </select>
          )}
        </Field>
        <Field label={t('schedules.field.notifyOn')} error={errors.byField.notify_on}>
          {(ids) => (
            <select id={ids.id} className="select" value={form.notify_on} onChange={(e) => edit('notify_on', e.target.value)} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy}>
              {DRAFT_NOTIFY_ON.map((n) => (
                <option key={n} value={n}>
                  {t(`schedules.notify.${n}`)}
                </option>
              ))}
              {!(DRAFT_NOTIFY_ON as readonly string[]).includes(form.notify_on) && <option value={form.notify_on}>{form.notify_on}</option>}
            </select>
          )}
        </Field>
        <Field label={t('schedules.field.playbook')} error={errors.byField.playbook_id}>
          {(ids) => (
            <select
              id={ids.id}
              className="select"
              value={form.playbook_id ?? ''}
              onChange={(e) => edit('playbook_id', e.target.value === '' ? null : e.target.value)}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
            >
              <option value="">{t('schedules.field.noPlaybook')}</option>
              {playbooks.map((p) => (
                <option key={p.playbook_id} value={p.playbook_id}>
                  {p.title}
                </option>
              ))}
              {form.playbook_id && !playbooks.some((p) => p.playbook_id === form.playbook_id) && <option value={form.playbook_id}>{form.playbook_id}</option>}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('schedules.field.tags')} help={t('schedules.field.tagsHelp')} error={errors.byField.tags}>
        {(ids) => (
          <input
            type="text"
            id={ids.id}
            value={tagsText}
            onChange={(e) => {
              setTagsText(e.target.value);
              edit('tags', e.target.value.split(',').map((s) => s.trim()).filter(Boolean));
            }}
            aria-invalid={ids.invalid || undefined}
            aria-describedby={ids.describedBy}
          />
        )}
      </Field>
      {confirmRuns !== null && (
        <ConfirmDialog
          title={t('schedules.cost.confirmTitle', { runs: confirmRuns })}
          body={t('schedules.cost.confirmBody')}
          confirmLabel={t('schedules.cost.confirm')}
          cancelLabel={t('schedules.cost.keepEditing')}
          onConfirm={() => {
            setConfirmRuns(null);
            void save(true);
          }}
          onCancel={() => setConfirmRuns(null)}
        />
      )}
    </EditorFrame>
  );
}
