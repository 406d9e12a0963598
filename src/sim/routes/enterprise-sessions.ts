import { enterpriseRoute, type ApiRoute } from './api-route';
import { listSessionAttachments } from './attachments';
import { generateInsights, getInsights, listInsights } from './session-insights';
import { listMessages, sendMessage } from './session-messages';
import { appendTags, getTags, replaceTags } from './session-tags';
import { listSessions } from './sessions';

const BASE = '/v3/enterprise/sessions';

/**
 * The enterprise session routes (`enterprise.sessions.*`): the org routes' handlers over the
 * same store, reaching a session in any org of the key (`?org_id=` narrows, see `sessionOf`).
 * Permissions as documented: ViewAccountSessions to read, ManageAccountSessions to send a
 * message and generate insights. The tag pages show none; the sim asks for the session ones.
 * There is no enterprise get, archive, terminate or attachment download: those stay org routes.
 */
export const enterpriseSessionRoutes: ApiRoute[] = [
  enterpriseRoute('GET', BASE, 'ViewAccountSessions', listSessions),
  enterpriseRoute('GET', `${BASE}/insights`, 'ViewAccountSessions', listInsights),
  enterpriseRoute('GET', `${BASE}/:id/messages`, 'ViewAccountSessions', listMessages),
  enterpriseRoute('POST', `${BASE}/:id/messages`, 'ManageAccountSessions', sendMessage),
  enterpriseRoute('GET', `${BASE}/:id/attachments`, 'ViewAccountSessions', listSessionAttachments),
  enterpriseRoute('GET', `${BASE}/:id/tags`, 'ViewAccountSessions', getTags),
  enterpriseRoute('POST', `${BASE}/:id/tags`, 'ManageAccountSessions', appendTags),
  enterpriseRoute('PUT', `${BASE}/:id/tags`, 'ManageAccountSessions', replaceTags),
  enterpriseRoute('GET', `${BASE}/:id/insights`, 'ViewAccountSessions', getInsights),
  enterpriseRoute('POST', `${BASE}/:id/insights/generate`, 'ManageAccountSessions', generateInsights),
];
