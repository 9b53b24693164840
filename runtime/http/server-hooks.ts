import type { ServerType } from '@hono/node-server';

/**
 * Most features only need the app; a few need the node server itself (WebSockets listen for
 * its 'upgrade' event). A hook runs once the server listens and may return a clean-up that
 * runs before the server closes (open WebSockets would otherwise keep it from closing).
 */
export type ServerHook = (server: ServerType) => void | (() => void | Promise<void>);

const hooks = new WeakMap<object, ServerHook[]>();

export function onServer(app: object, hook: ServerHook): void {
  hooks.set(app, [...(hooks.get(app) ?? []), hook]);
}

export function serverHooksOf(app: object): ServerHook[] {
  return hooks.get(app) ?? [];
}
