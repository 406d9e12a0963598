import type { LibraryChannelName } from '../../../shared/ipc/channels/library';
import type { Locale } from '../../../shared/i18n';
import type { GetLibraryApi } from '../../library/library-api';
import * as notes from '../../library/notes-service';
import * as playbooks from '../../library/playbooks-service';
import * as schedules from '../../library/schedules-service';
import type { Handlers } from '../router';

export interface LibraryHandlerDeps {
  /** The signed-in client for the chosen org (throws NOT_SIGNED_IN / ORG_REQUIRED otherwise). */
  getApi: GetLibraryApi;
  /** Language of field errors found before sending (defaults to English). */
  locale?: () => Locale;
  /** Clock for "must be in the future" checks (tests). */
  now?: () => Date;
}

/** Knowledge, playbook and schedule channels: each one call into a library service. */
export function createLibraryHandlers(deps: LibraryHandlerDeps): Pick<Handlers, LibraryChannelName> {
  const client = async () => (await deps.getApi()).client;
  const locale = () => deps.locale?.() ?? 'en';
  const scheduleOpts = () => ({ locale: locale(), ...(deps.now ? { now: deps.now } : {}) });
  return {
    'knowledge:list': async (q) => notes.listNotes(await client(), q),
    'knowledge:folders': async () => notes.listFolders(await client()),
    'knowledge:create': async (input) => notes.createNote(await client(), input, locale()),
    'knowledge:update': async ({ noteId, note }) => notes.updateNote(await client(), noteId, note, locale()),
    'knowledge:delete': async ({ noteId }) => notes.deleteNote(await client(), noteId),

    'playbooks:list': async () => playbooks.listPlaybooks(await client()),
    'playbooks:get': async ({ playbookId }) => playbooks.getPlaybook(await client(), playbookId),
    'playbooks:create': async (input) => playbooks.createPlaybook(await client(), input, locale()),
    'playbooks:update': async ({ playbookId, playbook }) => playbooks.updatePlaybook(await client(), playbookId, playbook, locale()),
    'playbooks:delete': async ({ playbookId }) => playbooks.deletePlaybook(await client(), playbookId),

    'schedules:list': async (q) => schedules.listSchedules(await client(), q),
    'schedules:get': async ({ scheduleId }) => schedules.getSchedule(await client(), scheduleId),
    'schedules:create': async (draft) => schedules.createSchedule(await client(), draft, scheduleOpts()),
    'schedules:update': async ({ scheduleId, patch }) => schedules.updateSchedule(await client(), scheduleId, patch, scheduleOpts()),
    'schedules:setEnabled': async ({ scheduleId, enabled }) => schedules.setScheduleEnabled(await client(), scheduleId, enabled),
    'schedules:delete': async ({ scheduleId }) => schedules.deleteSchedule(await client(), scheduleId),
    'schedules:sessions': async ({ scheduleId, after }) => schedules.listScheduleSessions(await client(), scheduleId, after),
  };
}
