import type { PanelDefinition } from '../../panels';
import './i18n';
import { VersionsPanel } from './VersionsPanel';

export const panel: PanelDefinition = {
  id: 'versions',
  order: 55,
  title: (t) => t('title', { ns: 'versions' }),
  Component: VersionsPanel,
};
