import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client';
import { scenariosApi, type Document } from '../api/scenarios';
import { Diagnostics } from '../shell/Diagnostics';
import { Dialog } from '../shell/Dialog';
import { blankScenario, copyOf, freeId, ID_PATTERN, TEMPLATES } from './drafts';

interface Props {
  taken: ReadonlySet<string>;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** New scenario: blank, or a copy of one of the shipped examples under a name and id the person chooses. */
export function CreateDialog({ taken, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const [source, setSource] = useState<'blank' | 'template'>('blank');
  const [templateId, setTemplateId] = useState(String(TEMPLATES[0]?.id ?? ''));
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [idEdited, setIdEdited] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();

  const effectiveId = idEdited ? id : freeId(name || t('create.defaultName'), taken);
  const idProblem = !ID_PATTERN.test(effectiveId) ? t('create.idPattern') : taken.has(effectiveId) ? t('create.idTaken') : null;

  const submit = async () => {
    if (idProblem || busy) return;
    const finalName = name.trim() || t('create.defaultName');
    const template = TEMPLATES.find((d) => d.id === templateId);
    const document: Document =
      source === 'template' && template ? copyOf(template, effectiveId, finalName) : (blankScenario(effectiveId, finalName, i18n.language) as Document);
    setBusy(true);
    try {
      await scenariosApi.create(document);
      onCreated(effectiveId);
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error)));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('create.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!!idProblem || busy}>
            {t('create.submit')}
          </button>
        </>
      }
    >
      <fieldset className="choice">
        <legend>{t('create.source')}</legend>
        <label>
          <input type="radio" name="source" checked={source === 'blank'} onChange={() => setSource('blank')} />
          <span>
            <strong>{t('create.blank')}</strong>
            <small>{t('create.blankHint')}</small>
          </span>
        </label>
        <label>
          <input type="radio" name="source" checked={source === 'template'} onChange={() => setSource('template')} />
          <span>
            <strong>{t('create.template')}</strong>
            <small>{t('create.templateHint')}</small>
          </span>
        </label>
      </fieldset>
      {source === 'template' && (
        <label className="field">
          <span>{t('create.templateLabel')}</span>
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
            {TEMPLATES.map((d) => (
              <option key={String(d.id)} value={String(d.id)}>
                {String(d.name)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('create.name')}</span>
        <input autoFocus value={name} placeholder={t('create.defaultName')} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="field">
        <label htmlFor={`${fieldId}-id`}>{t('create.id')}</label>
        <input
          id={`${fieldId}-id`}
          className="mono"
          value={effectiveId}
          maxLength={100}
          aria-invalid={!!idProblem}
          aria-describedby={`${fieldId}-id-hint`}
          onChange={(e) => {
            setIdEdited(true);
            setId(e.target.value.toLowerCase());
          }}
        />
        <small id={`${fieldId}-id-hint`} className={idProblem ? 'field-error' : 'field-hint'}>
          {idProblem ?? t('create.idHint')}
        </small>
      </div>
      {failure && (
        <div className="alert alert-error" role="alert">
          {failure.message}
          <Diagnostics diagnostics={failure.diagnostics} />
        </div>
      )}
    </Dialog>
  );
}
