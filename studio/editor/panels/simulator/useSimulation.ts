import { useCallback, useEffect, useRef, useState } from 'react';
import { compile } from '../../../../dsl/compile';
import { createSession, type Session, type Step } from '../../../../dsl/interpret';
import type { Channel } from '../../../../dsl/schema/document';
import type { Command } from '../../../../dsl/session/commands';
import type { CallerEvent } from '../../../../dsl/session/events';
import { scenariosApi } from '../../../api/scenarios';
import { useEditorStore } from '../../store';
import { simulatorClassify, type Classifier } from './classify';
import { mockHttp, type MockDraft } from './mocks';
import { startingAt, TRIGGER_OF } from './startFrom';
import { loadSubflows } from './subflows';
import { entriesOf, type Entry } from './transcript';

export interface Setup {
  channel: Channel;
  caller: string;
  locale: string;
  /** Node to begin at; null for the start node. */
  startAt: string | null;
}

export interface Simulation {
  entries: Entry[];
  step: Step | null;
  vars: Record<string, unknown>;
  /** The newest gather, for chat choice buttons. */
  gather: Extract<Command, { type: 'gather' }> | null;
  error: string | null;
  busy: boolean;
  /** Who classified the last bot turn: the runtime's NLU, or the word-overlap stand-in when it could not be reached. */
  classifier: Classifier | null;
}

const IDLE: Simulation = { entries: [], step: null, vars: {}, gather: null, error: null, busy: false, classifier: null };

/** The simulator's session: compiled from the editor's current scenario, run in the browser. */
export function useSimulation(mocks: Record<string, MockDraft>, onCommands: (commands: Command[]) => void) {
  const store = useEditorStore();
  const [state, setState] = useState<Simulation>(IDLE);
  const session = useRef<Session | null>(null);
  // A restart while a step is still running must not let the old session's result land.
  const generation = useRef(0);
  const mocksRef = useRef(mocks);
  mocksRef.current = mocks;
  const onCommandsRef = useRef(onCommands);
  onCommandsRef.current = onCommands;

  useEffect(() => () => store.setActive(null), [store]);

  const apply = useCallback(
    (step: Step, run: number, reset: boolean) => {
      if (run !== generation.current) return;
      store.setActive(step.nodeId ? step.nodeId.split('~')[0]! : null);
      onCommandsRef.current(step.commands);
      const gather = step.commands.findLast((c): c is Extract<Command, { type: 'gather' }> => c.type === 'gather') ?? null;
      setState((s) => ({
        ...s,
        entries: [...(reset ? [] : s.entries), ...entriesOf(step.happenings)],
        step,
        vars: { ...session.current!.context().vars },
        gather: gather ?? (step.waitingFor === 'input' && !reset ? s.gather : null),
        error: step.error ?? null,
        busy: false,
      }));
    },
    [store],
  );

  const start = useCallback(
    async (setup: Setup) => {
      const run = ++generation.current;
      const scenario = store.getSnapshot().scenario;
      if (!scenario) return;
      setState({ ...IDLE, busy: true });
      try {
        const subflows = await loadSubflows(scenario, (id) => scenariosApi.get(id).then((r) => r.draft));
        const compiled = compile(startingAt(scenario, setup.startAt, setup.channel), { validated: true, resolveScenario: (id) => subflows.get(id) });
        const classified = (classifier: Classifier) => run === generation.current && setState((s) => ({ ...s, classifier }));
        session.current = createSession(compiled, {
          http: (request, options) => mockHttp(mocksRef.current)(request, options),
          classify: simulatorClassify(store.getSnapshot().id, classified),
        });
        const step = await session.current.start({
          type: 'start',
          sessionId: `simulator-${run}`,
          trigger: TRIGGER_OF[setup.channel],
          channel: setup.channel,
          caller: { number: setup.caller },
          called: { number: '' },
          locale: setup.locale,
          vars: {},
          startedAt: new Date().toISOString(),
        });
        apply(step, run, true);
      } catch (error) {
        if (run !== generation.current) return;
        session.current = null;
        store.setActive(null);
        setState({ ...IDLE, error: (error as Error).message });
      }
    },
    [store, apply],
  );

  const send = useCallback(
    async (event: CallerEvent) => {
      const current = session.current;
      if (!current || current.ended) return;
      const run = generation.current;
      setState((s) => ({ ...s, busy: true }));
      try {
        apply(await current.send(event), run, false);
      } catch (error) {
        if (run === generation.current) setState((s) => ({ ...s, busy: false, error: (error as Error).message }));
      }
    },
    [apply],
  );

  const accepts = (event: CallerEvent) => session.current?.accepts(event) ?? false;

  return { ...state, start, send, accepts, running: state.step !== null && !state.step.ended };
}
