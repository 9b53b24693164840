import type { PanelDefinition } from '../../panels';
import './i18n';
import { Inspector } from './Inspector';

export const panel: PanelDefinition = {
  id: 'inspector',
  order: 10,
  title: (t) => t('title', { ns: 'inspector' }),
  Component: Inspector,
};
