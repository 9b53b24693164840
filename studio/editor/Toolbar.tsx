import { useTranslation } from 'react-i18next';
import { Link } from '../shell/router';
import { FindBox } from './FindBox';
import { useEditor } from './store';

interface Props {
  name: string;
  badge: React.ReactNode;
  saving: boolean;
  findRef: React.RefObject<HTMLInputElement | null>;
  onBack: (event: React.MouseEvent) => void;
  onSave: () => void;
  onPublish: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onLayout: () => void;
}

export function Toolbar({ name, badge, saving, findRef, onBack, onSave, onPublish, onUndo, onRedo, onLayout }: Props) {
  const { t } = useTranslation('editor');
  const dirty = useEditor((s) => s.dirty);
  const canUndo = useEditor((s) => s.canUndo);
  const canRedo = useEditor((s) => s.canRedo);
  const errors = useEditor((s) => s.diagnostics.filter((d) => d.severity === 'error').length);
  const warnings = useEditor((s) => s.diagnostics.filter((d) => d.severity === 'warning').length);
  const blocked = errors > 0;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={name}>
      <Link to="/" className="back" onClick={onBack}>
        ← {t('back')}
      </Link>
      <h1 className="editor-title">{name}</h1>
      {badge}
      <span className={dirty ? 'dirty-marker is-dirty' : 'dirty-marker'} data-testid="dirty" title={dirty ? t('unsaved') : t('saved')}>
        {dirty ? `● ${t('unsaved')}` : t('saved')}
      </span>
      {errors > 0 && <span className="count-badge count-error">{t('errors', { count: errors })}</span>}
      {warnings > 0 && <span className="count-badge count-warning">{t('warnings', { count: warnings })}</span>}
      <span className="editor-spacer" />
      <FindBox ref={findRef} />
      <button type="button" className="button button-small button-ghost icon-button" onClick={onUndo} disabled={!canUndo} aria-label={t('undo')} title={`${t('undo')} (Ctrl+Z)`}>
        ↶
      </button>
      <button type="button" className="button button-small button-ghost icon-button" onClick={onRedo} disabled={!canRedo} aria-label={t('redo')} title={`${t('redo')} (Ctrl+Shift+Z)`}>
        ↷
      </button>
      <button type="button" className="button button-small" onClick={onLayout}>
        {t('autoLayout')}
      </button>
      <button type="button" className="button button-small" onClick={onSave} disabled={saving} title="Ctrl+S">
        {saving ? t('saving') : t('save')}
      </button>
      {/* A disabled button shows no tooltip in every browser: the wrapper carries it. */}
      <span title={blocked ? t('publishBlocked', { count: errors }) : undefined} data-testid="publish-wrapper">
        <button type="button" className="button button-small button-primary" onClick={onPublish} disabled={blocked || saving}>
          {t('publish')}
        </button>
      </span>
    </div>
  );
}
