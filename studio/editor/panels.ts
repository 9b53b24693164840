import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';

/**
 * A side panel of the editor (inspector, problems, JSON, versions, simulator, live view). Each
 * lives in studio/editor/panels/<id>/index.tsx exporting `panel`, and is found by this glob:
 * adding a panel never touches the editor page.
 */
export interface PanelDefinition {
  id: string;
  /** Position among the tabs, smallest first. */
  order: number;
  title: (t: TFunction) => string;
  /** Something live beside the title, such as the problems count; a component, so it may use hooks. */
  Badge?: ComponentType;
  Component: ComponentType;
}

const modules = import.meta.glob<{ panel: PanelDefinition }>('./panels/*/index.tsx', { eager: true });

export const PANELS: PanelDefinition[] = Object.values(modules)
  .map((m) => m.panel)
  .sort((a, b) => a.order - b.order);
