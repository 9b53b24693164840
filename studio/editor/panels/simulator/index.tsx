import type { PanelDefinition } from '../../panels';
import './i18n';
import { Simulator } from './Simulator';

export const panel: PanelDefinition = {
  id: 'simulator',
  order: 50,
  title: (t) => t('title', { ns: 'simulator' }),
  Component: Simulator,
};
