import { useMemo, useState } from 'react';
import { getBridge } from '../../bridge';
import { useHandoff } from './hooks/useHandoff';
import { useRecentRepos } from './hooks/useRecentRepos';
import { withFileIncluded, withResolution, withSecretKey } from './model/draft';
import { sendGate } from './model/send-gate';
import { unpushedState } from './model/unpushed-state';
import { FileList } from './parts/FileList';
import { FindingsPanel } from './parts/FindingsPanel';
import { InspectProgress } from './parts/InspectProgress';
import { PreviewPanel } from './parts/PreviewPanel';
import { RepoSummary } from './parts/RepoSummary';
import { SendBar } from './parts/SendBar';
import { StartPanel } from './parts/StartPanel';
import { TaskForm } from './parts/TaskForm';
import { TrustCard } from './parts/TrustCard';
import './handoff.css';

/**
 * Handoff: a folder → its repository, changes and possible secrets → the task → the exact
 * prompt → a new, watched Devin session. State lives in the handoff controller, so leaving the
 * section loses nothing.
 */
export function HandoffScreen() {
  const [state, c] = useHandoff();
  const [recent, forgetRecent] = useRecentRepos(state.stage.kind === 'start' || state.stage.kind === 'failed');
  const [chooseError, setChooseError] = useState<string | null>(null);
  const { stage, draft, composition, composing, sending } = state;
  const gate = sendGate(state);

  const chooseFolder = () => {
    setChooseError(null);
    getBridge()
      .handoff.chooseFolder()
      .then((folder) => folder && void c.open(folder))
      .catch((err: unknown) => setChooseError(err instanceof Error ? err.message : String(err)));
  };

  const fates = useMemo(() => new Map((composition?.files ?? []).map((f) => [f.key, f])), [composition]);
  const excluded = useMemo(() => new Set(draft.excluded), [draft.excluded]);

  if (stage.kind === 'start' || stage.kind === 'failed') {
    return (
      <div className="handoff">
        <StartPanel
          key={stage.kind === 'failed' ? stage.path : 'start'}
          recent={recent}
          onOpen={(folder) => void c.open(folder)}
          onChoose={chooseFolder}
          onForget={forgetRecent}
          failure={stage.kind === 'failed' ? { path: stage.path, message: stage.error.message } : null}
          onRetry={() => stage.kind === 'failed' && void c.open(stage.folder)}
          dropFailed={state.dropFailed}
          chooseError={chooseError}
        />
      </div>
    );
  }
  if (stage.kind === 'confirm') {
    return (
      <div className="handoff">
        <TrustCard path={stage.path} {...(stage.task ? { task: stage.task } : {})} onInspect={() => c.confirmFolder()} onCancel={() => c.declineFolder()} />
      </div>
    );
  }
  if (stage.kind === 'inspecting') {
    return (
      <div className="handoff">
        <InspectProgress path={stage.path} phase={stage.phase} bytes={stage.bytes} onCancel={() => c.cancel()} />
      </div>
    );
  }

  const { inspection } = stage;
  // Before the first composition arrives, every finding is shown; after, the ones that matter.
  const relevant = composition ? new Set(composition.findingIds) : null;
  const findings = inspection.findings.filter((f) => !relevant || relevant.has(f.id));
  const pendingFiles = new Set(findings.filter((f) => !draft.resolutions[f.id]).map((f) => f.unitKey));
  return (
    <div className="handoff">
      <RepoSummary
        inspection={inspection}
        onRescan={() => c.rescan()}
        onClose={() => c.close()}
        busy={sending}
        unpushedIncluded={draft.includeUnpushed && inspection.patchesRead}
      />
      <div className="handoff-grid">
        <div className="handoff-col">
          {findings.length > 0 && (
            <FindingsPanel
              findings={findings}
              resolutions={draft.resolutions}
              disabled={sending}
              onResolve={(id, r) => c.update((d) => withResolution(d, id, r))}
              sessionSecrets={composition?.sessionSecrets ?? []}
              secretKeys={draft.secretKeys}
              onSecretKey={(id, key) => c.update((d) => withSecretKey(d, id, key))}
              onRedactAll={() => c.update((d) => findings.filter((f) => f.redactable && !d.resolutions[f.id]).reduce((acc, f) => withResolution(acc, f.id, 'redact'), d))}
            />
          )}
          <FileList files={inspection.files} fates={fates} excluded={excluded} pending={pendingFiles} disabled={sending} onToggle={(key, on) => c.update((d) => withFileIncluded(d, key, on))} />
        </div>
        <div className="handoff-col">
          <TaskForm
            draft={draft}
            unpushed={unpushedState(inspection)}
            disabled={sending}
            onTask={(task) => c.update((d) => ({ ...d, task }))}
            onTags={(tags) => c.update((d) => ({ ...d, tags }))}
            onIncludeUnpushed={(on) => c.setIncludeUnpushed(on)}
            onMaxBytes={(maxBytes) => c.update((d) => ({ ...d, maxBytes }))}
            onKnowledge={(choice) => c.update((d) => ({ ...d, ...choice }))}
            onSecrets={(choice) => c.update((d) => ({ ...d, ...choice }))}
            onSubmit={() => void c.send()}
          />
          <PreviewPanel composition={composition} composing={composing} error={state.composeError?.message ?? null} secretNames={draft.secrets} />
        </div>
      </div>
      <SendBar gate={gate} composition={composition} sending={sending} error={state.sendError?.message ?? null} onSend={() => void c.send()} />
    </div>
  );
}
