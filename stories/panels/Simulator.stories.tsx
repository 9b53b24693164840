import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../../studio/editor/panels/simulator/i18n';
import { Simulator } from '../../studio/editor/panels/simulator/Simulator';
import { withEditor } from '../EditorDecorator';
import { exampleDocument } from './documents';

/** The simulator runs the compiled scenario in the browser: no runtime, no network. */
const meta = {
  title: 'Panels/Simulator',
  component: Simulator,
  decorators: [withEditor],
} satisfies Meta<typeof Simulator>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MultilingualMenu: Story = {
  parameters: { editor: { id: 'multilingual-menu', document: exampleDocument('multilingual-menu') } },
};

/** A call in progress: started, then 1 pressed in the language menu (German), so the transcript and variables show. */
export const MultilingualMenuInCall: Story = {
  parameters: MultilingualMenu.parameters,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Start' }));
    const keypad = await canvas.findByRole('group', { name: /dial pad/i });
    await userEvent.click(within(keypad).getByRole('button', { name: '1' }));
    await waitFor(() => expect(canvasElement.textContent).toMatch(/Hauptmenü|Störung/));
  },
};
