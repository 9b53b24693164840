import type { TFunction } from 'i18next';
import { useContext, useSyncExternalStore } from 'react';
import type { PanelDefinition } from '../../panels';
import { EditorContext, type EditorStore } from '../../store';
import { problemCount } from './group';
import './i18n';
import { Problems } from './Problems';

const noStore = () => () => {};

/**
 * The tab title carries the count. PanelTabs calls `title(t)` while rendering, so it may read the
 * store there and re-render with it; outside an editor (no store) the title is plain.
 */
function title(t: TFunction): string {
  const store: EditorStore | null = useContext(EditorContext);
  const count = useSyncExternalStore(store?.subscribe ?? noStore, () => (store ? problemCount(store.getSnapshot().diagnostics) : 0));
  return count > 0 ? t('titleCount', { ns: 'problems', count }) : t('title', { ns: 'problems' });
}

export const panel: PanelDefinition = { id: 'problems', order: 20, title, Component: Problems };
