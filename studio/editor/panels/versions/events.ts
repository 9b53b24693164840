/**
 * The toolbar announces a publish with this window event so the versions panel refreshes at
 * once (it also refreshes when the window regains focus):
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
