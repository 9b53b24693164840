import type { Meta, StoryObj } from '@storybook/react-vite';
import { validate } from '../dsl/validate';
import { disconnect } from '../studio/canvas/flow';
import { applyPositions, layout } from '../studio/canvas/layout';
import { Canvas } from '../studio/canvas/Canvas';
import { example } from './examples';

const meta = {
  title: 'Canvas/Scenario',
  component: Canvas,
  decorators: [
    (Story) => (
      <div style={{ height: '100vh' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Canvas>;
export default meta;
type Story = StoryObj<typeof meta>;

export const BankHotline: Story = { args: { scenario: example('bank-hotline') } };
export const AppointmentReminder: Story = { args: { scenario: example('appointment-reminder') } };
export const CallerScreening: Story = { args: { scenario: example('caller-screening') } };
export const IdentifyCustomer: Story = { args: { scenario: example('identify-customer') } };
export const MultilingualMenu: Story = { args: { scenario: example('multilingual-menu') } };
export const SupportChatbot: Story = { args: { scenario: example('support-chatbot') } };
export const VoiceRobot: Story = { args: { scenario: example('voice-robot') } };

const bank = example('bank-hotline');
const firstMenu = Object.keys(bank.nodes).find((id) => bank.nodes[id]!.kind === 'menu')!;

/** The simulator's view: the caller is at the first menu. */
export const BankHotlineActiveNode: Story = { args: { scenario: bank, activeNodeId: firstMenu, readOnly: true } };

/** A required menu port disconnected: the menu carries an error badge from real validation. */
const firstOption = (bank.nodes[firstMenu] as { options: { port: string }[] }).options[0]!.port;
const broken = disconnect(bank, firstMenu, firstOption);
export const BankHotlineWithProblems: Story = {
  args: { scenario: broken, diagnostics: validate(broken).diagnostics },
};

/** The same scenario after auto-layout (elkjs), as the canvas' layout button would place it. */
export const BankHotlineAutoLayout: Story = {
  args: { scenario: bank },
  loaders: [async () => ({ laidOut: applyPositions(bank, await layout(bank)) })],
  render: (args, { loaded }) => <Canvas {...args} scenario={loaded.laidOut as typeof bank} />,
};
