import type { Diagnostic } from '../../diagnostics';
import type { Rule } from '../types';

/** Recording a call without telling the caller is unlawful in most countries. */
export const recordingRule: Rule = (context) => {
  const diagnostics: Diagnostic[] = [];
  for (const [id, node] of context.nodes) {
    if (node.kind !== 'record' || node.action !== 'start' || node.consent !== undefined) continue;
    diagnostics.push({
      severity: 'error',
      code: 'record.noConsent',
      message: `${context.describe(id)}: recording starts without a consent notice; add one that tells the caller the call is recorded`,
      nodeId: id,
      path: ['nodes', id, 'consent'],
    });
  }
  return diagnostics;
};
