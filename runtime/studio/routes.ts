import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import type { Feature } from '../app';

/** Where `npm run build` puts the studio. */
export const STUDIO_DIR = fileURLToPath(new URL('../../dist/studio', import.meta.url));

/** Paths other features own: a miss there is their 404, never the studio's index.html. */
const RESERVED = ['/api', '/twilio', '/jambonz', '/sms', '/chat', '/widget.js', '/chat-demo'];
const isReserved = (path: string) => RESERVED.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Callflow Studio</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The studio is not built</h1>
<p>The runtime is running and its API answers under <a href="/api/docs">/api</a>, but there is no studio to show yet.
Run <code>npm run build</code> (or start with <code>npm start</code>, which builds it when needed) and reload this page.</p>
</body></html>`;

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/**
 * Serves the built studio: its files as they are, and index.html for every other page path so
 * the studio's own routes (/scenarios/x) survive a reload. Registered last, so every API route wins.
 */
export function studioFeature(dir: string = STUDIO_DIR): Feature {
  const root = normalize(dir + sep);
  const serve = async (c: Context) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.notFound();
    }
    if (isReserved(path)) return c.notFound();
    const candidate = normalize(join(root, path));
    const inside = candidate.startsWith(root);
    const asset = inside && path !== '/' ? await fileAt(candidate) : null;
    if (asset) {
      // Vite fingerprints everything under assets/, so those never change under the same name.
      const immutable = path.startsWith('/assets/');
      return c.body(new Uint8Array(asset), 200, {
        'content-type': CONTENT_TYPES[extname(candidate).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    // A missing file with an extension is a broken link, not a page: answer 404 instead of HTML.
    if (extname(path) !== '') return c.notFound();
    const index = await fileAt(join(root, 'index.html'));
    if (!index) return c.html(NOT_BUILT, 200, { 'cache-control': 'no-store' });
    return c.body(new Uint8Array(index), 200, { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-cache' });
  };
  return (app) => {
    app.get('*', serve);
  };
}

export const studioRoutes: Feature = studioFeature();
