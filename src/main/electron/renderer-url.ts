import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the renderer is loaded from: electron-vite's dev server in `npm run dev`, else the built file. */
export function rendererUrl(mainDir: string, env: NodeJS.ProcessEnv): string {
  const dev = env['ELECTRON_RENDERER_URL'];
  if (dev) return dev;
  return pathToFileURL(join(mainDir, '../renderer/index.html')).href;
}
