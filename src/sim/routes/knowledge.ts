import { BodyFields } from '../http/body-fields';
import { queryString } from '../http/query';
import { jsonResponse, type SimResponse } from '../http/response';
import { pageBySeq } from '../pagination';
import type { NoteFields } from '../store/knowledge';
import { orgOf, orgRoute, readJson, type ApiContext, type ApiRoute } from './api-route';

const NOTES = '/v3/organizations/:org/knowledge/notes';

/** Create and PUT share the schema: name, body, trigger required; the rest optional (PUT replaces all). */
async function readNoteFields(ctx: ApiContext): Promise<NoteFields> {
  const f = new BodyFields(await readJson(ctx));
  const name = f.requiredString('name');
  const body = f.requiredString('body');
  const trigger = f.requiredString('trigger');
  const folderId = f.optString('folder_id') ?? null;
  const pinnedRepo = f.optString('pinned_repo') ?? null;
  const isEnabled = f.optBool('is_enabled') ?? true;
  if (folderId !== null && !ctx.state.knowledge.folder(orgOf(ctx), folderId)) f.fail('folder_id', `Folder ${folderId} not found`);
  f.check();
  return { name, body, trigger, folder_id: folderId, pinned_repo: pinnedRepo, is_enabled: isEnabled };
}

function listNotes(ctx: ApiContext): SimResponse {
  const k = ctx.state.knowledge;
  const notes = k.list(orgOf(ctx), {
    search: queryString(ctx.query, 'search'),
    folderPath: queryString(ctx.query, 'folder_path'),
    pinnedRepo: queryString(ctx.query, 'pinned_repo'),
  });
  return jsonResponse(200, pageBySeq(notes, ctx.query, (n) => k.view(n)));
}

async function createNote(ctx: ApiContext): Promise<SimResponse> {
  const fields = await readNoteFields(ctx);
  const k = ctx.state.knowledge;
  return jsonResponse(200, k.view(k.create(orgOf(ctx), fields, ctx.state.clock.nowSec())));
}

async function replaceNote(ctx: ApiContext): Promise<SimResponse> {
  const k = ctx.state.knowledge;
  k.get(orgOf(ctx), ctx.params.id ?? '');
  const fields = await readNoteFields(ctx);
  return jsonResponse(200, k.view(k.replace(orgOf(ctx), ctx.params.id ?? '', fields, ctx.state.clock.nowSec())));
}

function deleteNote(ctx: ApiContext): SimResponse {
  const k = ctx.state.knowledge;
  return jsonResponse(200, k.view(k.delete(orgOf(ctx), ctx.params.id ?? '')));
}

export const knowledgeRoutes: ApiRoute[] = [
  orgRoute('GET', NOTES, 'ManageAccountKnowledge', listNotes),
  orgRoute('POST', NOTES, 'ManageAccountKnowledge', createNote),
  orgRoute('PUT', `${NOTES}/:id`, 'ManageAccountKnowledge', replaceNote),
  orgRoute('DELETE', `${NOTES}/:id`, 'ManageAccountKnowledge', deleteNote),
  orgRoute('GET', '/v3/organizations/:org/knowledge/folders', 'ManageKnowledge', (ctx) =>
    jsonResponse(200, ctx.state.knowledge.folderTree(orgOf(ctx))),
  ),
];
