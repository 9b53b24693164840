import '../../../monitor/i18n';
import type { PanelDefinition } from '../../panels';
import { LiveView } from './LiveView';

export const panel: PanelDefinition = {
  id: 'live',
  order: 60,
  title: (t) => t('title', { ns: 'live' }),
  Component: LiveView,
};
