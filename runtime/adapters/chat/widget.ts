import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { App } from '../../app';

const widgetSource = readFileSync(new URL('./widget/widget.js', import.meta.url), 'utf8');
const demoPage = readFileSync(new URL('./widget/demo.html', import.meta.url), 'utf8');

const DemoQuery = z.object({
  channel: z.string().regex(/^[\w.+:@-]{1,200}$/).catch('support-chatbot'),
  open: z.enum(['true', 'false']).catch('false'),
});

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The embeddable widget and a page to try it on. */
export function widgetRoutes(app: App): void {
  app.get('/widget.js', (c) =>
    c.body(widgetSource, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      // Any site may embed the widget; short caching so a new version reaches visitors soon.
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=300',
    }),
  );
  app.get('/chat-demo', (c) => {
    const { channel, open } = DemoQuery.parse(c.req.query());
    const html = demoPage
      .replaceAll('{{channel}}', escapeHtml(channel))
      .replaceAll('{{title}}', escapeHtml(`Chat: ${channel}`))
      .replaceAll('{{open}}', open);
    return c.html(html);
  });
}
