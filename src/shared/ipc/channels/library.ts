import { z } from 'zod';
import type { KnowledgeFolders, KnowledgeNote } from '../../domain/knowledge';
import type { Playbook } from '../../domain/playbook';
import type { Schedule } from '../../domain/schedule';
import { noteInputSchema } from '../../library/note-input';
import { playbookInputSchema } from '../../library/playbook-input';
import { scheduleDraftSchema } from '../../library/schedule-draft';
import type { NotePage, PlaybookList, ScheduleSessionPage, SchedulePage } from '../../library/pages';
import { type } from '../phantom';

const id = z.string().min(1).max(200);
const cursor = z.string().max(2000).nullable().optional();

/** PATCH fields the schedule editor may send (see diffSchedulePatch); at least one. */
const schedulePatchSchema = z
  .object({
    name: z.string().max(500).optional(),
    prompt: z.string().max(100_000).optional(),
    frequency: z.string().max(200).optional(),
    scheduled_at: z.string().max(100).optional(),
    agent: z.string().max(100).optional(),
    notify_on: z.string().max(100).optional(),
    playbook_id: z.string().max(200).nullable().optional(),
    tags: z.array(z.string().max(200)).max(50).optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change' });

/**
 * Knowledge notes, playbooks and schedules (the "library" screens). Names become
 * `devinTray.knowledge.list(…)`, `devinTray.playbooks.create(…)`, `devinTray.schedules.update(…)`.
 */
export const libraryChannels = {
  'knowledge:list': {
    request: z
      .object({
        search: z.string().max(500).optional(),
        folderPath: z.string().max(1000).optional(),
        pinnedRepo: z.string().max(300).optional(),
        after: cursor,
        first: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    response: type<NotePage>(),
  },
  'knowledge:folders': { request: z.undefined(), response: type<KnowledgeFolders>() },
  'knowledge:create': { request: noteInputSchema, response: type<KnowledgeNote>() },
  /** A full replace, as the API's PUT is: enable/disable is an update with `is_enabled` flipped. */
  'knowledge:update': { request: z.object({ noteId: id, note: noteInputSchema }).strict(), response: type<KnowledgeNote>() },
  'knowledge:delete': { request: z.object({ noteId: id }).strict(), response: type<KnowledgeNote>() },

  'playbooks:list': { request: z.undefined(), response: type<PlaybookList>() },
  'playbooks:get': { request: z.object({ playbookId: id }).strict(), response: type<Playbook>() },
  'playbooks:create': { request: playbookInputSchema, response: type<Playbook>() },
  'playbooks:update': { request: z.object({ playbookId: id, playbook: playbookInputSchema }).strict(), response: type<Playbook>() },
  'playbooks:delete': { request: z.object({ playbookId: id }).strict(), response: type<Playbook>() },

  'schedules:list': {
    request: z
      .object({ offset: z.number().int().min(0).max(1_000_000).optional(), limit: z.number().int().min(1).max(100).optional() })
      .strict(),
    response: type<SchedulePage>(),
  },
  'schedules:get': { request: z.object({ scheduleId: id }).strict(), response: type<Schedule>() },
  'schedules:create': { request: scheduleDraftSchema, response: type<Schedule>() },
  /** PATCH with only what changed (the renderer computes it with diffSchedulePatch). */
  'schedules:update': { request: z.object({ scheduleId: id, patch: schedulePatchSchema }).strict(), response: type<Schedule>() },
  'schedules:setEnabled': { request: z.object({ scheduleId: id, enabled: z.boolean() }).strict(), response: type<Schedule>() },
  'schedules:delete': { request: z.object({ scheduleId: id }).strict(), response: type<Schedule>() },
  'schedules:sessions': {
    request: z.object({ scheduleId: id, after: cursor }).strict(),
    response: type<ScheduleSessionPage>(),
  },
} as const;

/** The library screens refresh themselves after their own calls; main pushes nothing for them yet. */
export const libraryEvents = {} as const;

export type LibraryChannelName = keyof typeof libraryChannels;
