import type { Meta, StoryObj } from '@storybook/react-vite';
import '../../studio/editor/panels/problems/i18n';
import { Problems } from '../../studio/editor/panels/problems/Problems';
import type { Document } from '../../studio/editor/store';
import { withEditor } from '../EditorDecorator';
import { exampleDocument } from './documents';

/**
 * bank-hotline broken on purpose; the store validates it, so the panel lists real diagnostics:
 * a node removed while others still lead to it, a menu option unconnected, a link to a node that never existed.
 */
function brokenBankHotline(): Document {
  const document = exampleDocument('bank-hotline');
  const nodes = document.nodes as Record<string, Record<string, unknown>>;
  delete nodes.crmUnavailable;
  const mainMenu = nodes.mainMenu!.on as Record<string, string>;
  delete mainMenu.blockCard;
  nodes.sayBalance!.next = 'nowhere';
  return document;
}

const meta = {
  title: 'Panels/Problems',
  component: Problems,
  decorators: [withEditor],
} satisfies Meta<typeof Problems>;
export default meta;
type Story = StoryObj<typeof meta>;

export const BrokenBankHotline: Story = { parameters: { editor: { id: 'bank-hotline', document: brokenBankHotline() } } };

/** The example as shipped. */
export const NoProblems: Story = { parameters: { editor: { id: 'bank-hotline', document: exampleDocument('bank-hotline') } } };
