import {
  knowledgeFoldersSchema,
  knowledgeNoteSchema,
  type KnowledgeFolders,
  type KnowledgeNote,
  type KnowledgeNoteCreateRequest,
  type KnowledgeNoteListParams,
} from '../../shared/domain/knowledge';
import { pageSchema, type Page } from '../../shared/domain/page';
import { seg, type ApiContext, type CallOptions } from './context';
import { collectCursorPages, DEFAULT_MAX_PAGES, type ListAllOptions, type ListAllResult } from './pagination';

const notePage = pageSchema(knowledgeNoteSchema);

/** Knowledge notes and folders of one organization (§5). */
export function knowledgeApi(ctx: ApiContext) {
  const t = ctx.transport;
  const notes = () => `${ctx.orgPath()}/knowledge/notes`;

  const api = {
    async listNotes(params: KnowledgeNoteListParams = {}, opts: CallOptions = {}): Promise<Page<KnowledgeNote>> {
      return t.request({
        method: 'GET',
        path: notes(),
        query: { first: params.first, after: params.after, search: params.search, folder_path: params.folder_path, pinned_repo: params.pinned_repo },
        schema: notePage,
        retry: 'read',
        signal: opts.signal,
      });
    },

    async listAllNotes(
      filters: Omit<KnowledgeNoteListParams, 'after'> = {},
      opts: ListAllOptions = {},
    ): Promise<ListAllResult<KnowledgeNote>> {
      return collectCursorPages((after) => api.listNotes({ ...filters, after }, { signal: opts.signal }), opts.maxPages ?? DEFAULT_MAX_PAGES);
    },

    async createNote(body: KnowledgeNoteCreateRequest, opts: CallOptions = {}): Promise<KnowledgeNote> {
      return t.request({ method: 'POST', path: notes(), json: body, schema: knowledgeNoteSchema, retry: 'write', signal: opts.signal });
    },

    /** Full replace (`PUT`): send every field, not just the changed ones. */
    async updateNote(noteId: string, body: KnowledgeNoteCreateRequest, opts: CallOptions = {}): Promise<KnowledgeNote> {
      return t.request({ method: 'PUT', path: `${notes()}/${seg(noteId)}`, json: body, schema: knowledgeNoteSchema, retry: 'write', signal: opts.signal });
    },

    /** Returns the deleted note. */
    async deleteNote(noteId: string, opts: CallOptions = {}): Promise<KnowledgeNote> {
      return t.request({ method: 'DELETE', path: `${notes()}/${seg(noteId)}`, schema: knowledgeNoteSchema, retry: 'write', signal: opts.signal });
    },

    async listFolders(opts: CallOptions = {}): Promise<KnowledgeFolders> {
      return t.request({ method: 'GET', path: `${ctx.orgPath()}/knowledge/folders`, schema: knowledgeFoldersSchema, retry: 'read', signal: opts.signal });
    },
  };
  return api;
}

export type KnowledgeApi = ReturnType<typeof knowledgeApi>;
