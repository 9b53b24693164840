import type { Meta, StoryObj } from '@storybook/react-vite';
import { NodeGallery, NodePreview } from './NodePreview';

/** Every node kind's canvas component, each showing a real node from examples/. */
const meta = {
  title: 'Canvas/Nodes',
  component: NodePreview,
} satisfies Meta<typeof NodePreview>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Start: Story = { args: { kind: 'start' } };
export const Say: Story = { args: { kind: 'say' } };
export const Menu: Story = { args: { kind: 'menu' } };
export const Ask: Story = { args: { kind: 'ask' } };
export const Branch: Story = { args: { kind: 'branch' } };
export const Set: Story = { args: { kind: 'set' } };
export const Http: Story = { args: { kind: 'http' } };
export const Schedule: Story = { args: { kind: 'schedule' } };
export const CallerList: Story = { args: { kind: 'callerList' } };
export const Language: Story = { args: { kind: 'language' } };
export const Transfer: Story = { args: { kind: 'transfer' } };
export const Queue: Story = { args: { kind: 'queue' } };
export const Voicemail: Story = { args: { kind: 'voicemail' } };
export const Record: Story = { args: { kind: 'record' } };
export const Bot: Story = { args: { kind: 'bot' } };
export const Message: Story = { args: { kind: 'message' } };
export const Tag: Story = { args: { kind: 'tag' } };
export const Subflow: Story = { args: { kind: 'subflow' } };
export const Hangup: Story = { args: { kind: 'hangup' } };
export const Return: Story = { args: { kind: 'return' } };

export const MenuWithErrors: Story = {
  args: {
    kind: 'menu',
    diagnostics: [
      { severity: 'error', code: 'port.unconnected', message: "Menu: option 'billing' leads nowhere" },
      { severity: 'warning', code: 'prompt.missingLocale', message: 'Menu: no en-US prompt' },
    ],
  },
};
export const SayWithWarning: Story = {
  args: { kind: 'say', diagnostics: [{ severity: 'warning', code: 'prompt.missingLocale', message: 'Say: no en-US prompt' }] },
};
export const TransferActive: Story = { args: { kind: 'transfer', active: true } };
export const QueueSelected: Story = { args: { kind: 'queue', selected: true } };

/** Every kind at once; `kind` is ignored. */
export const AllKinds: Story = { args: { kind: 'start' }, render: () => <NodeGallery /> };
