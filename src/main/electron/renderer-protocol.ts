import { net, protocol, session } from 'electron';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { devRendererCsp, RENDERER_CSP, rendererFileAllowed, withCspHeader } from './csp-model';

/**
 * Serves the renderer with a CSP response header and nothing else from disk: `file:` requests
 * outside the renderer's folder get 403, so even a compromised page cannot read local files.
 * In `npm run dev` the dev server's responses get the (looser) dev CSP header instead.
 * Call after 'ready'.
 */
export function installRendererProtocol(rendererUrl: string): void {
  if (rendererUrl.startsWith('file:')) {
    const dirUrl = pathToFileURL(`${dirname(fileURLToPath(rendererUrl))}/`).href;
    protocol.handle('file', async (request) => {
      if (!rendererFileAllowed(request.url, dirUrl)) return new Response('Forbidden', { status: 403 });
      const response = await net.fetch(request, { bypassCustomProtocolHandlers: true });
      const headers = withCspHeader(Object.fromEntries(response.headers.entries()), RENDERER_CSP);
      return new Response(response.body, { status: response.status, headers: Object.entries(headers).map(([k, v]): [string, string] => [k, v.join(', ')]) });
    });
    return;
  }
  const origin = new URL(rendererUrl).origin;
  const csp = devRendererCsp(rendererUrl);
  session.defaultSession.webRequest.onHeadersReceived({ urls: [`${origin}/*`] }, (details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
}
