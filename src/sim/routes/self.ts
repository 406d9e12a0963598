import { jsonResponse } from '../http/response';
import { pageBySeq } from '../pagination';
import type { ApiRoute } from './api-route';
import { principalOf } from './api-route';

/** GET /v3/self and GET /v3/enterprise/organizations. */
export const selfRoutes: ApiRoute[] = [
  {
    method: 'GET',
    template: '/v3/self',
    handler: { guard: { scope: 'self' }, handler: (ctx) => jsonResponse(200, principalOf(ctx).self) },
  },
  {
    method: 'GET',
    template: '/v3/enterprise/organizations',
    handler: {
      guard: { scope: 'enterprise', permission: 'ManageOrganizations' },
      handler: (ctx) => {
        const orgs = [...ctx.state.orgs.values()].map((o, i) => ({ ...o, seq: i + 1 }));
        return jsonResponse(200, pageBySeq(orgs, ctx.query, ({ seq: _seq, ...o }) => o));
      },
    },
  },
];
