import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../../studio/editor/panels/inspector/i18n';
import '../../studio/editor/panels/simulator/i18n';
import { Inspector } from '../../studio/editor/panels/inspector/Inspector';
import { Simulator } from '../../studio/editor/panels/simulator/Simulator';
import type { Document } from '../../studio/editor/store';
import { withEditor } from '../EditorDecorator';
import { exampleDocument } from './documents';

/** The robot's own inspector (intents, phrases per language, slots, controller) on the voice-robot example, and the simulator talking to it. */
const meta = {
  title: 'Panels/Bot',
  component: Inspector,
  decorators: [withEditor],
} satisfies Meta<typeof Inspector>;
export default meta;
type Story = StoryObj<typeof meta>;

type Bot = { intents: Record<string, unknown>[]; slots?: unknown[]; controller?: unknown; on: Record<string, string> };

/** The voice-robot example with its bot changed by `edit`, the bot selected. */
function robot(edit: (bot: Bot) => void = () => {}) {
  const document = exampleDocument('voice-robot') as Document & { nodes: Record<string, Bot> };
  edit(document.nodes.assistant!);
  return { editor: { id: 'voice-robot', document, selection: ['assistant'] } };
}

const openIntent = (name: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: `Show intent ${name}` }));
  await waitFor(() => expect(canvas.getByRole('tablist', { name: 'Example phrases' })).toBeTruthy());
};

/** Six intents as cards with their phrase counts per language; billing opened. */
export const Intents: Story = { parameters: robot(), play: openIntent('billing') };

/** A new exit intent with phrases in German only: the other languages are flagged, and the validator's problem shows inline. */
export const MissingPhrases: Story = {
  parameters: robot((bot) => {
    bot.intents.push({ name: 'roaming', exit: true, utterances: { 'de-DE': ['Ich bin im Ausland und habe kein Netz', 'Roaming funktioniert nicht'] } });
    bot.on.roaming = 'technicalIntro';
  }),
  play: openIntent('roaming'),
};

/** A custom slot with values and synonyms, needed by the cancellation intent. */
export const Slots: Story = {
  parameters: robot((bot) => {
    bot.slots = [
      {
        name: 'contractType',
        type: 'custom',
        values: [
          { value: 'prepaid', synonyms: { 'de-DE': ['Prepaid', 'Guthabenkarte'], 'en-US': ['pay as you go'], 'fr-FR': ['carte prépayée'] } },
          { value: 'postpaid', synonyms: { 'de-DE': ['Laufzeitvertrag'], 'en-US': ['contract', 'monthly plan'], 'fr-FR': ['forfait'] } },
        ],
        prompt: { 'de-DE': 'Haben Sie Prepaid oder einen Vertrag?', 'en-US': 'Is it prepaid or a monthly plan?', 'fr-FR': 'Carte prépayée ou forfait ?' },
      },
    ];
    bot.intents = bot.intents.map((i) => (i.name === 'cancel_contract' ? { ...i, slots: ['contractType'] } : i));
  }),
  play: openIntent('cancel_contract'),
};

/** An OpenAI-compatible model on a local server: base URL, model, system prompt and knowledge. */
export const LanguageModel: Story = {
  parameters: robot((bot) => {
    bot.controller = {
      type: 'llm',
      baseUrl: 'http://127.0.0.1:8081/v1',
      model: 'llama-3.1-8b-instruct',
      systemPrompt: 'You are Mia, the friendly assistant of Funkwerk Mobil. Choose the team that can help.',
      knowledge: 'Hotline: Monday to Saturday, 8 am to 10 pm.',
    };
  }),
};

/**
 * The simulator talking to the robot. Storybook has no runtime, so the built-in NLU cannot be
 * asked: the simulator matches words itself and says so above the transcript.
 */
export const SimulatorWithoutRuntime: Story = {
  parameters: robot(),
  render: () => <Simulator />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByLabelText('Start at'), 'assistant');
    await userEvent.selectOptions(canvas.getByLabelText('Prompt language'), 'en-US');
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await userEvent.type(await canvas.findByLabelText('Say something…'), 'I want to cancel my contract{Enter}');
    await waitFor(() => expect(canvas.getByText(/Understood “cancel_contract”/)).toBeTruthy());
    await waitFor(() => expect(canvas.getByText(/runtime could not be reached/)).toBeTruthy());
  },
};
