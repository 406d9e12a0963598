import { Router } from '../http/router';
import type { ApiRouteSpec } from './api-route';
import { attachmentRoutes, secondOriginRoutes } from './attachments';
import { knowledgeRoutes } from './knowledge';
import { playbookRoutes } from './playbooks';
import { scheduleRoutes } from './schedules';
import { secretRoutes } from './secrets';
import { sessionMessageRoutes } from './session-messages';
import { sessionRoutes } from './sessions';
import { sessionInsightRoutes } from './session-insights';
import { sessionTagRoutes } from './session-tags';
import { selfRoutes } from './self';
import { consumptionRoutes } from './consumption';
import { enterpriseSessionRoutes } from './enterprise-sessions';
import { metricsRoutes } from './metrics';

/** Every public route of the main origin. */
export function apiRouter(): Router<ApiRouteSpec> {
  return new Router<ApiRouteSpec>().add(
    ...selfRoutes,
    ...sessionRoutes,
    ...sessionMessageRoutes,
    ...attachmentRoutes,
    ...knowledgeRoutes,
    ...playbookRoutes,
    ...scheduleRoutes,
    ...sessionTagRoutes,
    ...sessionInsightRoutes,
    ...secretRoutes,
    ...consumptionRoutes,
    ...metricsRoutes,
    ...enterpriseSessionRoutes,
  );
}

/** The second origin: attachment bytes only. */
export function secondOriginRouter(): Router<ApiRouteSpec> {
  return new Router<ApiRouteSpec>().add(...secondOriginRoutes);
}
