import { BodyFields } from '../http/body-fields';
import { jsonResponse, type SimResponse } from '../http/response';
import { pageBySeq } from '../pagination';
import { PlaybookStore, type PlaybookFields } from '../store/playbooks';
import type { PlaybookRecord } from '../types';
import { orgOf, orgRoute, principalOf, readJson, type ApiContext, type ApiRoute } from './api-route';

const BASE = '/v3/organizations/:org/playbooks';
/** A macro is `!` then a letter/digit, then letters, digits, `_` or `-`. */
export const MACRO_PATTERN = /^![a-z0-9][a-z0-9_-]*$/i;

async function readPlaybookFields(ctx: ApiContext): Promise<PlaybookFields> {
  const f = new BodyFields(await readJson(ctx));
  const title = f.requiredString('title');
  const body = f.requiredString('body');
  const macro = f.optString('macro') ?? null;
  if (macro !== null && !MACRO_PATTERN.test(macro)) {
    f.fail('macro', `String should match pattern '${MACRO_PATTERN.source}'`, 'string_pattern_mismatch');
  }
  f.check();
  return { title, body, macro };
}

const one = (p: PlaybookRecord): SimResponse => jsonResponse(200, PlaybookStore.view(p));

async function createPlaybook(ctx: ApiContext): Promise<SimResponse> {
  const fields = await readPlaybookFields(ctx);
  return one(ctx.state.playbooks.create(orgOf(ctx), fields, principalOf(ctx).actor.id, ctx.state.clock.nowSec()));
}

async function replacePlaybook(ctx: ApiContext): Promise<SimResponse> {
  const id = ctx.params.id ?? '';
  ctx.state.playbooks.get(orgOf(ctx), id);
  const fields = await readPlaybookFields(ctx);
  return one(ctx.state.playbooks.replace(orgOf(ctx), id, fields, principalOf(ctx).actor.id, ctx.state.clock.nowSec()));
}

export const playbookRoutes: ApiRoute[] = [
  orgRoute('GET', BASE, 'ManageAccountPlaybooks', (ctx) =>
    jsonResponse(200, pageBySeq(ctx.state.playbooks.list(orgOf(ctx)), ctx.query, PlaybookStore.view)),
  ),
  orgRoute('POST', BASE, 'ManageAccountPlaybooks', createPlaybook),
  orgRoute('GET', `${BASE}/:id`, 'ManageAccountPlaybooks', (ctx) => one(ctx.state.playbooks.get(orgOf(ctx), ctx.params.id ?? ''))),
  orgRoute('PUT', `${BASE}/:id`, 'ManageAccountPlaybooks', replacePlaybook),
  orgRoute('DELETE', `${BASE}/:id`, 'ManageAccountPlaybooks', (ctx) =>
    one(ctx.state.playbooks.delete(orgOf(ctx), ctx.params.id ?? '')),
  ),
];
