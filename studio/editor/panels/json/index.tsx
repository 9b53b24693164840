import type { PanelDefinition } from '../../panels';
import './i18n';
import { JsonPanel } from './JsonPanel';

export const panel: PanelDefinition = {
  id: 'json',
  order: 40,
  title: (t) => t('title', { ns: 'json' }),
  Component: JsonPanel,
};
