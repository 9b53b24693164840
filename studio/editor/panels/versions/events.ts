/**
 * A revision became the one calls run on: the toolbar announces a publish and the versions panel
 * a rollback with this window event, so the other refreshes at once (the panel also refreshes
 * when the window regains focus) and the toolbar's badge names the right revision:
 *   window.dispatchEvent(new CustomEvent('callflow:published', { detail: { scenarioId, revision } }))
 */
export const PUBLISHED_EVENT = 'callflow:published';

export interface PublishedDetail {
  scenarioId: string;
  revision: number;
}

export function announcePublished(detail: PublishedDetail): void {
  window.dispatchEvent(new CustomEvent<PublishedDetail>(PUBLISHED_EVENT, { detail }));
}

/** Calls the listener whenever a revision of this scenario becomes current; returns the unsubscribe. */
export function onPublished(scenarioId: string, listener: (revision: number) => void): () => void {
  const handle = (event: Event) => {
    const detail = (event as CustomEvent<PublishedDetail | undefined>).detail;
    if (detail?.scenarioId === scenarioId) listener(detail.revision);
  };
  window.addEventListener(PUBLISHED_EVENT, handle);
  return () => window.removeEventListener(PUBLISHED_EVENT, handle);
}
