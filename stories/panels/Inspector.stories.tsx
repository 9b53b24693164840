import type { Meta, StoryObj } from '@storybook/react-vite';
import '../../studio/editor/panels/inspector/i18n';
import { Inspector } from '../../studio/editor/panels/inspector/Inspector';
import { withEditor } from '../EditorDecorator';
import { editorForKind, exampleDocument } from './documents';

/** The inspector with one real example node of each kind selected (the example where that kind has most to show). */
const meta = {
  title: 'Panels/Inspector',
  component: Inspector,
  decorators: [withEditor],
} satisfies Meta<typeof Inspector>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Start: Story = { parameters: { editor: editorForKind('start') } };
export const Say: Story = { parameters: { editor: editorForKind('say') } };
export const Menu: Story = { parameters: { editor: editorForKind('menu') } };
export const Ask: Story = { parameters: { editor: editorForKind('ask') } };
export const Branch: Story = { parameters: { editor: editorForKind('branch') } };
export const Set: Story = { parameters: { editor: editorForKind('set') } };
export const Http: Story = { parameters: { editor: editorForKind('http') } };
export const Schedule: Story = { parameters: { editor: editorForKind('schedule') } };
export const CallerList: Story = { parameters: { editor: editorForKind('callerList') } };
export const Language: Story = { parameters: { editor: editorForKind('language') } };
export const Transfer: Story = { parameters: { editor: editorForKind('transfer') } };
export const Queue: Story = { parameters: { editor: editorForKind('queue') } };
export const Voicemail: Story = { parameters: { editor: editorForKind('voicemail') } };
export const Record: Story = { parameters: { editor: editorForKind('record') } };
export const Bot: Story = { parameters: { editor: editorForKind('bot') } };
export const Message: Story = { parameters: { editor: editorForKind('message') } };
export const Tag: Story = { parameters: { editor: editorForKind('tag') } };
export const Subflow: Story = { parameters: { editor: editorForKind('subflow') } };
export const Hangup: Story = { parameters: { editor: editorForKind('hangup') } };
export const Return: Story = { parameters: { editor: editorForKind('return') } };

/** Nothing selected: the scenario's own settings. */
export const ScenarioSettings: Story = { parameters: { editor: { id: 'bank-hotline', document: exampleDocument('bank-hotline') } } };
