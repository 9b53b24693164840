import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../dsl/diagnostics';
import { ApiFailure } from '../api/client';
import { scenariosApi, type ScenarioRecord } from '../api/scenarios';
import { layout, NODE_WIDTH } from '../canvas/layout';
import { StatusBadge } from '../scenarios/StatusBadge';
import { Diagnostics } from '../shell/Diagnostics';
import { EditorCanvas, addNodeAt, type FlowInstance } from './EditorCanvas';
import { placeNodes } from './edit';
import './editor.css';
import './i18n';
import { Palette, type PaletteKind } from './Palette';
import { PanelTabs } from './PanelTabs';
import { PublishDialog } from './PublishDialog';
import { EditorContext, EditorStore, useEditor } from './store';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';
import { announcePublished, onPublished } from './panels/versions/events';

type Notice = { kind: 'error' | 'success'; text: string; diagnostics?: Diagnostic[] };

/** The editor for one scenario: loads its draft into an EditorStore that every part of the page shares. */
export function EditorPage({ id }: { id: string }) {
  const { t } = useTranslation('editor');
  const { t: common } = useTranslation();
  const [record, setRecord] = useState<ScenarioRecord | null>(null);
  const [store, setStore] = useState<EditorStore | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    scenariosApi.get(id).then(
      (r) => {
        if (!live) return;
        setRecord(r);
        setStore(new EditorStore(id, r.draft));
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [id]);
  // A publish here or a rollback in the versions panel: the toolbar's badge names the revision calls now run on.
  useEffect(() => onPublished(id, (revision) => setRecord((r) => r && { ...r, current: revision, published: Math.max(r.published ?? 0, revision) })), [id]);

  if (error) return <section className="editor"><div className="alert alert-error" role="alert">{t('loadFailed', { message: error })}</div></section>;
  if (!record || !store) return <section className="editor"><p className="muted editor-loading">{common('common.loading')}</p></section>;
  return (
    <EditorContext.Provider value={store}>
      <Editor store={store} record={record} onRecord={setRecord} />
    </EditorContext.Provider>
  );
}

function Editor({ store, record, onRecord }: { store: EditorStore; record: ScenarioRecord; onRecord: (r: ScenarioRecord) => void }) {
  const { t } = useTranslation('editor');
  const [instance, setInstance] = useState<FlowInstance | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const findRef = useRef<HTMLInputElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const name = useEditor((s) => (typeof s.document.name === 'string' && s.document.name) || s.id);
  const dirty = useEditor((s) => s.dirty);

  const failure = (key: 'saveFailed' | 'publishFailed', e: unknown): Notice => ({
    kind: 'error',
    text: t(key, { message: e instanceof Error ? e.message : String(e) }),
    diagnostics: e instanceof ApiFailure ? e.diagnostics : undefined,
  });

  const save = async (): Promise<boolean> => {
    const document = store.getSnapshot().document;
    setSaving(true);
    try {
      const saved = await scenariosApi.save(record.id, document);
      // Edits made while the request ran are not saved yet: the page stays dirty (markSaved would replace them).
      if (store.getSnapshot().document === document) store.markSaved(document);
      onRecord({ ...saved.scenario, draft: record.draft });
      setNotice({ kind: 'success', text: t('saved') });
      return true;
    } catch (e) {
      setNotice(failure('saveFailed', e));
      return false;
    } finally {
      setSaving(false);
    }
  };

  const publish = async (message: string) => {
    setPublishing(false);
    if (store.getSnapshot().dirty && !(await save())) return;
    try {
      const revision = await scenariosApi.publish(record.id, message);
      // The page's own listener updates the badge, from the record as the save just left it.
      announcePublished({ scenarioId: record.id, revision: revision.revision });
      setNotice({ kind: 'success', text: t('published', { revision: revision.revision }) });
    } catch (e) {
      setNotice(failure('publishFailed', e));
    }
  };

  const autoLayout = async () => {
    const scenario = store.getSnapshot().scenario;
    if (!scenario) return;
    const sizes = Object.fromEntries(
      (instance?.getNodes() ?? []).flatMap((n) => (n.measured?.width && n.measured.height ? [[n.id, { width: n.measured.width, height: n.measured.height }]] : [])),
    );
    store.change(placeNodes(store.getSnapshot().document, await layout(scenario, sizes)));
    // React Flow takes the new positions on its next render; fitting before that frames the old ones.
    setTimeout(() => void instance?.fitView({ padding: 0.1, duration: 300 }), 150);
  };

  const addAtCentre = (kind: PaletteKind) => {
    const box = canvasRef.current?.getBoundingClientRect();
    if (!instance || !box) return;
    const centre = instance.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    // A node dropped on top of another hides it: step down until the spot is free.
    const boxes = instance.getNodes().map((n) => ({ ...n.position, width: n.measured?.width ?? NODE_WIDTH, height: n.measured?.height ?? 120 }));
    const overlaps = (x: number, y: number) => boxes.some((b) => x < b.x + b.width && x + NODE_WIDTH > b.x && y < b.y + b.height && y + 120 > b.y);
    let spot = centre;
    for (let step = 0; step < 30 && overlaps(spot.x - NODE_WIDTH / 2, spot.y - 20); step++) spot = { x: centre.x + (step % 2 ? 0 : 40), y: spot.y + 60 };
    addNodeAt(store, kind, spot);
  };

  // Success needs no answer: it goes by itself. Errors stay until dismissed.
  useEffect(() => {
    if (notice?.kind !== 'success') return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  useShortcuts(store, { save: () => void save(), find: () => findRef.current?.focus() });

  return (
    <section className="editor">
      <Toolbar
        name={name}
        badge={<StatusBadge scenario={{ ...record, status: record.published === null ? 'draft' : 'published' }} />}
        saving={saving}
        findRef={findRef}
        onBack={(event) => {
          if (store.getSnapshot().dirty && !window.confirm(t('leave'))) event.preventDefault();
        }}
        onSave={() => void save()}
        onPublish={() => setPublishing(true)}
        onUndo={() => store.undo()}
        onRedo={() => store.redo()}
        onLayout={() => void autoLayout()}
      />
      {notice && (
        <div className={`alert alert-${notice.kind} editor-notice`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <div>
            <span>{notice.text}</span>
            {notice.diagnostics && <Diagnostics diagnostics={notice.diagnostics} />}
          </div>
          <button type="button" className="alert-close" aria-label={t('dismiss')} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      <div className="editor-main">
        <Palette onAdd={addAtCentre} />
        <div className="editor-canvas-frame" ref={canvasRef}>
          <EditorCanvas instance={instance} onInstance={setInstance} />
        </div>
        <PanelTabs />
      </div>
      {publishing && <PublishDialog name={name} dirty={dirty} onPublish={(m) => void publish(m)} onClose={() => setPublishing(false)} />}
    </section>
  );
}
