import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A few routes do not justify a router dependency: the path lives in history, components
 * subscribe to it, links push to it. The runtime answers every non-API path with index.html.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export type Route = { page: 'scenarios' } | { page: 'scenario'; id: string } | { page: 'sessions' } | { page: 'notFound'; path: string };

export function routeOf(path: string): Route {
  if (path === '/' || path === '/scenarios' || path === '/scenarios/') return { page: 'scenarios' };
  if (path === '/sessions' || path === '/sessions/') return { page: 'sessions' };
  const scenario = /^\/scenarios\/([^/]+)\/?$/.exec(path);
  if (scenario?.[1]) return { page: 'scenario', id: decodeURIComponent(scenario[1]) };
  return { page: 'notFound', path };
}

/** An <a> that navigates in place, but still opens a new tab on ctrl/middle click. */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
