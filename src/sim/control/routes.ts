import { Router } from '../http/router';
import type { SimControl } from './control';

/** A control route: params + parsed JSON body → a JSON-able value (200). */
export type ControlHandler = (c: SimControl, params: Record<string, string>, body: Record<string, unknown>) => unknown;

// The casts below hand raw JSON to SimControl, which validates it (422) like an API body.
/* eslint-disable @typescript-eslint/no-explicit-any */
const routes: [string, string, ControlHandler][] = [
  ['POST', '/_sim/reset', (c, _p, b) => c.reset(b as any)],
  ['POST', '/_sim/sessions', (c, _p, b) => c.createSession(b as any)],
  ['POST', '/_sim/sessions/bulk', (c, _p, b) => c.createSessionsBulk(b as any)],
  ['GET', '/_sim/sessions/:id', (c, p) => c.getSession(p.id ?? '')],
  ['POST', '/_sim/sessions/:id/status', (c, p, b) => c.setSessionStatus(p.id ?? '', b as any)],
  ['POST', '/_sim/sessions/:id/messages', (c, p, b) => c.addSessionMessage(p.id ?? '', b as any)],
  ['POST', '/_sim/sessions/:id/attachments', (c, p, b) => c.addSessionAttachment(p.id ?? '', b as any)],
  ['GET', '/_sim/sessions/:id/created-request', (c, p) => c.getCreatedRequest(p.id ?? '')],
  ['POST', '/_sim/faults', (c, _p, b) => c.addFault(b as any)],
  ['GET', '/_sim/faults', (c) => c.listFaults()],
  ['DELETE', '/_sim/faults', (c) => c.clearFaults()],
  ['GET', '/_sim/requests', (c) => c.getRequests()],
  ['DELETE', '/_sim/requests', (c) => c.clearRequests()],
  ['GET', '/_sim/counters', (c) => c.getCounters()],
  ['DELETE', '/_sim/counters', (c) => c.clearRequests()],
  ['GET', '/_sim/second-origin/requests', (c) => c.getSecondOriginRequests()],
  ['DELETE', '/_sim/second-origin/requests', (c) => c.clearSecondOriginRequests()],
  ['GET', '/_sim/web-app/requests', (c) => c.getWebAppRequests()],
  ['DELETE', '/_sim/web-app/requests', (c) => c.clearWebAppRequests()],
  ['POST', '/_sim/schedules/:id/run-result', (c, p, b) => c.scheduleRunResult(p.id ?? '', b as any)],
  ['POST', '/_sim/knowledge/folders', (c, _p, b) => c.createKnowledgeFolder(b as any)],
  ['POST', '/_sim/clock', (c, _p, b) => c.advanceClock(b.advanceMs as number)],
  ['GET', '/_sim/clock', (c) => c.getClock()],
  ['POST', '/_sim/permissions', (c, _p, b) => c.revokePermissions(b as any)],
  ['POST', '/_sim/usage/products', (c, _p, b) => c.addProductUsage(b as any)],
];
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The HTTP control API under /_sim/. */
export function controlRouter(): Router<ControlHandler> {
  return new Router<ControlHandler>().add(...routes.map(([method, template, handler]) => ({ method, template, handler })));
}
