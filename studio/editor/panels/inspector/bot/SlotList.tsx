import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VarName } from '../../../../../dsl/schema/common';
import { SlotType } from '../../../../../dsl/nodes/bot';
import { useFieldDiagnostics, useForm } from '../../../../forms/context';
import { FieldDiagnostics, FieldView } from '../../../../forms/fields';
import { emptyValue, type JsonSchema } from '../../../../forms/schema';
import { removeSlot, renameSlot, type RawBot } from './edits';
import { NAMESPACE } from './i18n';
import { RenameField } from '../../../../forms/RenameField';

type RawSlot = Record<string, unknown>;

/**
 * The bot's slots. Name and type get their own inputs (a rename follows into the intents, types
 * read as words); values and the prompt are the generic form's fields.
 */
export function SlotList({ node, schema }: { node: RawBot; schema: JsonSchema }) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const slots = Array.isArray(node.slots) ? (node.slots as RawSlot[]) : [];
  const item = schema.items ?? {};
  const diagnostics = useFieldDiagnostics(['slots'], false);
  const add = () => {
    const taken = new Set(slots.map((s) => s.name));
    let name = 'slot';
    for (let n = 2; taken.has(name); n++) name = `slot${n}`;
    form.change(['slots'], [...slots, { ...(emptyValue(item) as RawSlot), name, type: 'custom' }]);
  };
  return (
    <section className="bot-slots" data-field="slots">
      <div className="form-help">{t('slotsHelp')}</div>
      <FieldDiagnostics diagnostics={diagnostics} />
      {slots.length === 0 && <p className="bot-empty">{t('noSlots')}</p>}
      {slots.map((slot, i) => (
        <SlotCard key={`${i}:${String(slot.name)}`} node={node} slot={slot} index={i} schema={item} />
      ))}
      <div>
        <button type="button" className="button button-small" onClick={add}>
          + {t('addSlot')}
        </button>
      </div>
    </section>
  );
}

function SlotCard({ node, slot, index, schema }: { node: RawBot; slot: RawSlot; index: number; schema: JsonSchema }) {
  const { t } = useTranslation(NAMESPACE);
  const form = useForm();
  const typeId = useId();
  const name = String(slot.name ?? '');
  const path = ['slots', index];
  const nameDiagnostics = useFieldDiagnostics([...path, 'name'], true);
  const typeDiagnostics = useFieldDiagnostics([...path, 'type'], true);
  const others = (Array.isArray(node.slots) ? (node.slots as RawSlot[]) : []).filter((_, i) => i !== index).map((s) => String(s.name ?? ''));
  const values = Array.isArray(slot.values) ? slot.values : [];
  const props = schema.properties ?? {};
  return (
    <fieldset className="form-group bot-slot" data-row={index}>
      <div className="bot-slot-head">
        <RenameField
          key={name}
          label={t('slotName')}
          name={name}
          taken={(n) => others.includes(n)}
      takenMessage={(n) => t('nameTaken', { name: n })}
          rule={VarName}
          onRename={(next) => form.change([], renameSlot(node, index, next))}
          diagnostics={nameDiagnostics}
        />
        <div className="form-field">
          <label className="form-label" htmlFor={typeId}>
            {t('type', { ns: 'formsFields', defaultValue: 'Type' })}
          </label>
          <select id={typeId} className="form-input" value={String(slot.type ?? '')} onChange={(e) => form.change([...path, 'type'], e.target.value)}>
            {SlotType.options.map((type) => (
              <option key={type} value={type}>
                {t(`slotTypes.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-small button-ghost button-ghost-danger" aria-label={`${t('removeSlot')}: ${name}`} title={t('removeSlot')} onClick={() => form.change([], removeSlot(node, index))}>
          ✕
        </button>
      </div>
      <FieldDiagnostics diagnostics={typeDiagnostics} />
      {/* Values only mean something for a custom list; kept visible while a non-custom slot still has some, so its warning has a place. */}
      {props.values && (slot.type === 'custom' || values.length > 0) && <FieldView name="values" schema={props.values} value={slot.values} path={[...path, 'values']} required={false} />}
      {props.prompt && <FieldView name="prompt" schema={props.prompt} value={slot.prompt} path={[...path, 'prompt']} required />}
    </fieldset>
  );
}
