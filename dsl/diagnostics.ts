import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);

export const Diagnostic = z.object({
  severity: Severity,
  /** Stable machine-readable code, e.g. "port.unconnected". */
  code: z.string(),
  /** For a business user: names the node by its label and says what to do. */
  message: z.string(),
  nodeId: z.string().optional(),
  port: z.string().optional(),
  /** JSON path inside the document, e.g. ["nodes", "menu1", "prompt", "de-DE"]. */
  path: z.array(z.union([z.string(), z.number()])).optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Severity = z.infer<typeof Severity>;
