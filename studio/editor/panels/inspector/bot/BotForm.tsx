import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormContext, type FormContextValue } from '../../../../forms/context';
import { placeDiagnostics } from '../../../../forms/diagnostics';
import { FieldView } from '../../../../forms/fields';
import '../../../../forms/fieldLabels';
import '../../../../forms/forms.css';
import '../../../../forms/i18n';
import type { SchemaFormProps } from '../../../../forms/SchemaForm';
import './bot.css';
import { ControllerField, ThresholdField } from './ControllerField';
import { NAMESPACE } from './i18n';
import { IntentList } from './IntentList';
import { SlotList } from './SlotList';

/**
 * Where the bot's fields go. Only placement is listed here: a field the schema gains later
 * appears under "understanding" through the generic form, without an edit here.
 */
const TOP = ['name', 'description'];
const CONVERSATION = ['intents', 'greeting', 'fallbackPrompt'];
const SLOTS = ['slots'];

/** The bot node's form: the generic form's context and fields, with editors of its own for intents, slots, controller and threshold. */
export function BotForm(props: SchemaFormProps) {
  const { t } = useTranslation(NAMESPACE);
  const { schema, value, omit = [], base, locales, variables, diagnostics, onChange, renderGeneral } = props;
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties).filter((key) => !omit.includes(key));
  const required = new Set(schema.required);
  const placed = useMemo(() => placeDiagnostics(diagnostics, base, keys), [diagnostics, base, keys.join('\u0000')]);
  const context: FormContextValue = { base, change: onChange, locales, variables, diagnostics: placed };
  const field = (key: string): ReactNode => {
    const property = properties[key];
    if (!property || !keys.includes(key)) return null;
    switch (key) {
      case 'intents':
        return <IntentList key={key} node={value} schema={property} />;
      case 'slots':
        return <SlotList key={key} node={value} schema={property} />;
      case 'controller':
        return <ControllerField key={key} schema={property} value={value[key]} />;
      case 'threshold':
        return <ThresholdField key={key} schema={property} value={value[key]} />;
      default:
        return <FieldView key={key} name={key} schema={property} value={value[key]} path={[key]} required={required.has(key)} />;
    }
  };
  const placedElsewhere = new Set([...TOP, ...CONVERSATION, ...SLOTS]);
  const understanding = keys.filter((key) => !placedElsewhere.has(key));
  return (
    <FormContext.Provider value={context}>
      {renderGeneral?.(placed.general)}
      <div className="form bot-form">
        {TOP.map(field)}
        <Section title={t('sections.conversation')}>{CONVERSATION.map(field)}</Section>
        <Section title={t('sections.slots')}>{SLOTS.map(field)}</Section>
        <Section title={t('sections.understanding')}>{understanding.map(field)}</Section>
      </div>
    </FormContext.Provider>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="bot-section" aria-label={title}>
      <h3 className="bot-section-title">{title}</h3>
      {children}
    </section>
  );
}

