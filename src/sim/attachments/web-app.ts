import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The web app's origin (app.devin.ai in production). The attachment `url`s in lists point here,
 * and like the real web app it answers an API client (key or not) with its sign-in page: 200,
 * text/html. A client that downloads those URLs saves this page under the attachment's name.
 */
export const SIGN_IN_PAGE =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Sign in · Devin</title></head>' +
  '<body><main><h1>Sign in to Devin</h1><form method="post" action="/auth/login"><label>Email <input name="email" type="email"></label>' +
  '<button type="submit">Continue</button></form></main></body></html>\n';

/** What the web-app origin saw (tests assert the app never fetched attachment links). */
export interface WebAppRequest {
  method: string;
  path: string;
  hadAuth: boolean;
  time: number;
}

/** Answers every request with the sign-in page (HEAD: headers only). */
export function serveWebApp(req: IncomingMessage, res: ServerResponse, log: WebAppRequest[], nowMs: number): void {
  const auth = req.headers.authorization;
  log.push({ method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://sim.invalid').pathname, hadAuth: auth !== undefined && auth !== '', time: nowMs });
  if (log.length > 20_000) log.shift();
  const body = Buffer.from(SIGN_IN_PAGE);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
