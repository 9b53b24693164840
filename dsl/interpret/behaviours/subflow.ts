import { evaluate } from '../../expr';
import { scopeOf } from '../scope';
import { update } from './kit';

/**
 * A subflow gets its own variables; the caller's are kept in a frame and come back, plus the
 * outputs, when the subflow returns.
 */
export const subflowActions = {
  enterSubflow: update((context, _event, params) => {
    const scope = scopeOf(context);
    const inputs = Object.fromEntries(
      Object.entries(params.inputs as Record<string, string>).map(([name, expression]) => [name, evaluate(expression, scope) ?? null]),
    );
    const locales = params.locales as string[];
    return {
      frames: [
        ...context.frames,
        { scenario: params.scenario, nodeId: params.nodeId, vars: context.vars, locales: context.locales, inputs: context.inputs },
      ],
      vars: { ...params.variables, ...inputs },
      locales,
      inputs: [],
      locale: locales.includes(context.locale) ? context.locale : (locales[0] ?? context.locale),
    };
  }),
  leaveSubflow: update((context, _event, params) => {
    const frame = context.frames[context.frames.length - 1];
    if (!frame) return {};
    const scope = scopeOf(context);
    const outputs = Object.fromEntries(
      Object.entries(params.outputs as Record<string, string>).map(([name, expression]) => [name, evaluate(expression, scope) ?? null]),
    );
    return {
      frames: context.frames.slice(0, -1),
      vars: { ...frame.vars, ...outputs },
      locales: frame.locales,
      inputs: frame.inputs,
      locale: frame.locales.includes(context.locale) ? context.locale : (frame.locales[0] ?? context.locale),
    };
  }),
};
