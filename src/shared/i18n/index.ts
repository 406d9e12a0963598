import { errorMessages } from './messages/errors';
import { accountMessages } from './messages/account';
import { settingsMessages } from './messages/settings';
import { cliMessages } from './messages/cli';
import { uiShellMessages } from './messages/ui-shell';
import { uiSectionsMessages } from './messages/ui-sections';
import { uiOnboardingMessages } from './messages/ui-onboarding';
import { uiSettingsMessages } from './messages/ui-settings';
import { attachmentsMessages } from './messages/attachments';
import { sessionsMessages } from './messages/sessions';
import { uiLibraryMessages } from './messages/ui-library';
import { libraryKnowledgeMessages } from './messages/library-knowledge';
import { libraryPlaybooksMessages } from './messages/library-playbooks';
import { librarySchedulesMessages } from './messages/library-schedules';
import { libraryCronMessages } from './messages/library-cron';
import { handoffMessages } from './messages/handoff';
import { uiSessionsMessages } from './messages/ui-sessions';
import { desktopMessages } from './messages/desktop';
import { uiHandoffMessages } from './messages/ui-handoff';
import { uiAttachmentsMessages } from './messages/ui-attachments';
import { updateMessages } from './messages/update';
import { uiSessionMetaMessages } from './messages/ui-session-meta';
import { sessionMetaMessages } from './messages/session-meta';
import { networkMessages } from './messages/network';
import { securityMessages } from './messages/security';
import { checkoutMessages } from './messages/checkout';
import { uiCheckoutMessages } from './messages/ui-checkout';
import { usageMessages } from './messages/usage';
import { uiUsageMessages } from './messages/ui-usage';
import { uiNetworkMessages } from './messages/ui-network';
import { sessionSecretsMessages } from './messages/session-secrets';
import { uiDraftsMessages } from './messages/ui-drafts';
import { uiOrgsMessages } from './messages/ui-orgs';
import { cliVerbsMessages } from './messages/cli-verbs';
import { accountsMessages } from './messages/accounts';
import { scheduleCostMessages } from './messages/schedule-cost';
import { uiSessionDetailMessages } from './messages/ui-session-detail';
import type { Locale } from './locale';

import { installMessages, LOCALES } from './runtime';
export * from './runtime';

/**
 * Every domain's messages merged. A new domain adds one import here; its file owns its strings.
 */
const catalogs = [errorMessages, accountMessages, settingsMessages, cliMessages, uiShellMessages, uiSectionsMessages, uiOnboardingMessages, uiSettingsMessages, attachmentsMessages, sessionsMessages, uiLibraryMessages, libraryKnowledgeMessages, libraryPlaybooksMessages, librarySchedulesMessages, libraryCronMessages, handoffMessages, uiSessionsMessages, desktopMessages, uiHandoffMessages, uiAttachmentsMessages, networkMessages, uiSessionMetaMessages, sessionMetaMessages, securityMessages, checkoutMessages, uiCheckoutMessages, updateMessages, uiNetworkMessages, usageMessages, uiUsageMessages, sessionSecretsMessages, uiDraftsMessages, cliVerbsMessages, scheduleCostMessages, uiSessionDetailMessages, uiOrgsMessages, accountsMessages] as const;

type Merge<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? (H extends { en: infer E } ? E : never) & Merge<R>
  : unknown;
export type Messages = Merge<typeof catalogs>;
export type MessageKey = keyof Messages & string;

// Main and the CLI get every catalog, synchronously, at load (the renderer: see ./runtime.ts).
const messagesOf = (locale: Locale) => Object.assign({}, ...catalogs.map((c) => c[locale])) as Record<string, string>;
for (const locale of LOCALES) installMessages(locale, messagesOf(locale));
