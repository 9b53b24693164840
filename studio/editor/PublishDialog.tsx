import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../shell/Dialog';

/** Asks what changed before a publish; the message goes into the revision history. */
export function PublishDialog({ name, dirty, onPublish, onClose }: { name: string; dirty: boolean; onPublish: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const [message, setMessage] = useState('');
  return (
    <Dialog
      title={t('publishTitle', { name })}
      onClose={onClose}
      onSubmit={() => onPublish(message.trim())}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('publish')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('publishMessage')}</span>
        <textarea autoFocus rows={3} value={message} placeholder={t('publishMessagePlaceholder')} onChange={(e) => setMessage(e.target.value)} />
      </label>
      {dirty && <p className="muted">{t('publishUnsaved')}</p>}
    </Dialog>
  );
}
