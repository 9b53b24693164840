import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/client';
import { scenariosApi, type ScenarioSummary } from '../api/scenarios';
import { Dialog } from '../shell/Dialog';

interface Props {
  scenario: ScenarioSummary;
  onClose: () => void;
  onDeleted: () => void;
}

/** Deleting cannot be undone, so it is confirmed; a bound scenario is refused with the server's reason. */
export function DeleteDialog({ scenario, onClose, onDeleted }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await scenariosApi.remove(scenario.id);
      onDeleted();
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error.message : String(error));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('delete.title')}
      onClose={onClose}
      onSubmit={() => void confirm()}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {failure ? t('common.close') : t('common.cancel')}
          </button>
          {!failure && (
            <button type="submit" className="button button-danger" disabled={busy}>
              {t('delete.submit')}
            </button>
          )}
        </>
      }
    >
      <p>{t('delete.question', { name: scenario.name, id: scenario.id })}</p>
      {failure && (
        <div className="alert alert-error" role="alert">
          {failure}
        </div>
      )}
    </Dialog>
  );
}
