import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DraftFileView, DraftsChannelName } from '../../../shared/ipc/channels/drafts';
import type { DraftsStore, StoredDraftFile } from '../../drafts/drafts-store';
import type { PathHandles } from '../../security/path-handles';
import type { Handlers } from '../router';

export interface DraftsHandlerDeps {
  store: DraftsStore;
  /** The signed-in organization, or null (signed out, or an enterprise key before an org is picked). */
  orgId: () => string | null;
  /** Resolves the handles a page names its files by, and issues fresh ones when a draft comes back. */
  handles: PathHandles;
  /** Whether a stored path is still a file (the page is told about the ones that are gone). */
  isFile?: (path: string) => Promise<boolean>;
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Drafts channels. Signed out there is no draft to get and nothing is kept. A draft's files
 * cross as handles both ways: main stores the path behind a handle the page holds (a page cannot
 * name a path, nor a file another page chose), and gives a restored draft fresh handles.
 */
export function createDraftsHandlers(deps: DraftsHandlerDeps): Pick<Handlers, DraftsChannelName> {
  const isFile = deps.isFile ?? isRegularFile;
  return {
    'drafts:get': async ({ key }, ctx) => {
      const org = deps.orgId();
      if (!org) return null;
      const draft = await deps.store.get(org, key);
      if (!draft) return null;
      const files: DraftFileView[] = [];
      const missingFiles: string[] = [];
      for (const f of draft.files) {
        if (f.uploaded) files.push({ handle: '', name: f.name, path: f.path, uploaded: f.uploaded });
        else if (await isFile(f.path)) files.push({ handle: deps.handles.issue(ctx.senderId ?? '', 'file', f.path), name: f.name, path: f.path, uploaded: null });
        else missingFiles.push(f.name);
      }
      return { key, fields: draft.fields, files, missingFiles, updatedAt: draft.updatedAt };
    },
    'drafts:put': async ({ key, fields, files = [] }, ctx) => {
      const org = deps.orgId();
      if (!org) return;
      const stored: StoredDraftFile[] = [];
      files.forEach((f, i) => {
        if (f.uploaded) {
          stored.push({ path: '', name: f.uploaded.name, uploaded: f.uploaded });
          return;
        }
        // A raw path, another page's handle or an expired one names no file: that file is left out,
        // and the text is still kept (a draft must not stop saving because a handle expired).
        try {
          const path = deps.handles.resolve(ctx.senderId ?? '', 'file', f.handle, `files.${i}`);
          stored.push({ path, name: basename(path), uploaded: null });
        } catch {
          // left out
        }
      });
      await deps.store.put(org, key, { fields: fields as never, files: stored });
    },
    'drafts:clear': async ({ key }) => {
      const org = deps.orgId();
      if (org) await deps.store.remove(org, key);
    },
    'drafts:list': async ({ kind }) => {
      const org = deps.orgId();
      return org ? deps.store.list(org, `${kind}:`) : [];
    },
  };
}
