import { markdownToPlainText } from './markdown-plain-text';
import { displayTitle, type TitleFields } from './display-title';
import { translate, type Locale } from '../i18n';
import type { NotificationKind, NotificationSettings } from './notification-settings';
import { isDndActive } from './dnd';
import { suspendReasonText } from './suspend-reason';
import { detectTransitions, type SessionSnapshot, type Transition } from './transitions';

/** A notification ready to show: already localized. Electron glue renders it, nothing else. */
export interface AppNotification {
  /** Stable: the transition key (or a digest of the keys for a group). */
  id: string;
  kind: NotificationKind | 'mixed';
  /** The session a click opens; null for a group of several sessions. */
  sessionId: string | null;
  sessionIds: string[];
  /** The transitions this notification reports. */
  transitionKeys: string[];
  /** What the notification is about, for grouping ("Fix login bug"). */
  subject: string;
  title: string;
  body: string;
  silent: boolean;
  /** `pr_opened`: the PR, so a click can open it. */
  prUrl?: string;
}

/** What the policy needs besides the two snapshots. */
export interface NotificationContext {
  locale: Locale;
  nowMs: number;
  /** The session was created from this app or watched by the user. */
  watched: boolean;
  /** Devin's newest message, for "waiting for you" (the tracker fetches it before deciding). */
  lastDevinMessage?: string | null;
}

const MESSAGE_PREVIEW_CHARS = 180;

/** The name a session goes by in notifications: its title, else its prompt's first line, else its id (display-title.ts). */
export function sessionSubject(s: TitleFields, locale: Locale): string {
  return displayTitle(s, locale).text;
}

/** One line, at most `max` characters (an ellipsis marks the cut). */
export function previewText(text: string, max = MESSAGE_PREVIEW_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Whether settings allow notifying this session at all right now. */
export function notificationsAllowed(settings: NotificationSettings, ctx: Pick<NotificationContext, 'nowMs' | 'watched'>): boolean {
  if (!settings.enabled) return false;
  if (isDndActive(settings, ctx.nowMs)) return false;
  return settings.scope === 'all' || ctx.watched;
}

/**
 * The notifications one session's change deserves (pure): detects the transitions between
 * `prev` and `next`, then keeps those the settings allow. Do-not-disturb drops, it does not
 * queue: a pile of stale pop-ups at the end of a meeting helps no one, and the tray icon
 * still shows what needs attention.
 */
export function decideNotifications(
  prev: SessionSnapshot | undefined,
  next: SessionSnapshot & Pick<TitleFields, 'prompt'>,
  settings: NotificationSettings,
  ctx: NotificationContext,
): AppNotification[] {
  if (!notificationsAllowed(settings, ctx)) return [];
  return detectTransitions(prev, next)
    .filter((t) => settings.kinds[t.kind])
    .map((t) => toNotification(t, next, settings, ctx));
}

/** Words for one transition. */
export function toNotification(
  t: Transition,
  s: TitleFields,
  settings: Pick<NotificationSettings, 'sound'>,
  ctx: Pick<NotificationContext, 'locale' | 'lastDevinMessage'>,
): AppNotification {
  const { locale } = ctx;
  const subject = sessionSubject(s, locale);
  const title = translate(locale, `sessions.notify.${t.kind}.title`, { title: subject });
  let body: string;
  switch (t.kind) {
    case 'finished':
      body = translate(locale, t.ended ? 'sessions.notify.ended.body' : 'sessions.notify.finished.body');
      break;
    case 'waiting_for_user':
      body = ctx.lastDevinMessage?.trim()
        ? translate(locale, 'sessions.notify.waiting_for_user.body', { message: previewText(markdownToPlainText(ctx.lastDevinMessage)) })
        : translate(locale, 'sessions.notify.waiting_for_user.bodyNoMessage');
      break;
    case 'suspended':
      body = translate(locale, 'sessions.notify.suspended.body', { reason: suspendReasonText(t.reason, locale) });
      break;
    case 'pr_opened':
      body = translate(locale, 'sessions.notify.pr_opened.body', { url: t.prUrl ?? '' });
      break;
    default:
      body = translate(locale, `sessions.notify.${t.kind}.body`);
  }
  const n: AppNotification = {
    id: t.key,
    kind: t.kind,
    sessionId: t.sessionId,
    sessionIds: [t.sessionId],
    transitionKeys: [t.key],
    subject,
    title,
    body,
    silent: !settings.sound,
  };
  if (t.prUrl) n.prUrl = t.prUrl;
  return n;
}
