import { useContext, useSyncExternalStore } from 'react';
import type { PanelDefinition } from '../../panels';
import { EditorContext, type EditorStore } from '../../store';
import { problemCount } from './group';
import './i18n';
import { Problems } from './Problems';

const noStore = () => () => {};

/** The count beside the tab's title, kept current as the document changes; nothing outside an editor. */
function ProblemCount() {
  const store: EditorStore | null = useContext(EditorContext);
  const count = useSyncExternalStore(store?.subscribe ?? noStore, () => (store ? problemCount(store.getSnapshot().diagnostics) : 0));
  return count > 0 ? <span className="panel-tab-count"> ({count})</span> : null;
}

export const panel: PanelDefinition = { id: 'problems', order: 20, title: (t) => t('title', { ns: 'problems' }), Badge: ProblemCount, Component: Problems };
