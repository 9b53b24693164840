import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../dsl/diagnostics';
import { ApiFailure } from '../api/client';
import { scenariosApi, type Document } from '../api/scenarios';
import { Diagnostics } from '../shell/Diagnostics';
import { Dialog } from '../shell/Dialog';

interface Refusal {
  file: string;
  message: string;
  diagnostics: Diagnostic[];
}

/** Imports a scenario file as a new draft; when the runtime refuses it, says why, diagnostic by diagnostic. */
export function ImportButton({ onImported }: { onImported: (id: string, name: string) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const importFile = async (file: File) => {
    let document: Document;
    try {
      const parsed: unknown = JSON.parse(await file.text());
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(t('import.notObject'));
      document = parsed as Document;
    } catch (error) {
      setRefusal({ file: file.name, message: t('import.notJson', { message: (error as Error).message }), diagnostics: [] });
      return;
    }
    try {
      const { scenario } = await scenariosApi.create(document);
      onImported(scenario.id, scenario.name);
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : new ApiFailure(0, 'client', String(error));
      setRefusal({ file: file.name, message: failure.message, diagnostics: failure.diagnostics });
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {refusal && (
        <Dialog
          title={t('import.refused', { file: refusal.file })}
          onClose={() => setRefusal(null)}
          actions={
            <button type="button" className="button button-primary" onClick={() => setRefusal(null)}>
              {t('common.close')}
            </button>
          }
        >
          <div className="alert alert-error" role="alert">
            {refusal.message}
          </div>
          <Diagnostics diagnostics={refusal.diagnostics} />
        </Dialog>
      )}
    </>
  );
}
