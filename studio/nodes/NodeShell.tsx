import { Handle, Position } from '@xyflow/react';
import type { CSSProperties, ReactNode } from 'react';
import { definitionOf } from '../../dsl/nodes';
import { targetOf } from '../../dsl/nodes/ports';
import type { ScenarioNodeData } from '../canvas/flow';
import { useTranslation } from 'react-i18next';
import { KINDS_NAMESPACE } from './i18n';
import { KIND_LOOK } from './kinds';

export interface NodeShellProps {
  data: ScenarioNodeData;
  selected?: boolean;
  /** The node's key content: prompt text, URL, queue name… */
  children?: ReactNode;
  /** Shown beside a port's name, e.g. the menu key or the branch condition that leads there. */
  portDetail?: Record<string, ReactNode>;
}

/** The frame every node kind shares: kind header, title, body, one labelled source handle per port. */
export function NodeShell({ data, selected, children, portDetail = {} }: NodeShellProps) {
  const { t } = useTranslation(KINDS_NAMESPACE);
  const { node } = data;
  const look = KIND_LOOK[node.kind];
  const ports = definitionOf(node).ports(node);
  const errors = data.diagnostics?.filter((d) => d.severity === 'error').length ?? 0;
  const warnings = data.diagnostics?.filter((d) => d.severity === 'warning').length ?? 0;
  const classes = ['cf-node', selected && 'is-selected', data.active && 'is-active', errors && 'has-errors']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes} style={{ '--cf-kind': node.ui?.color ?? look.color } as CSSProperties} data-kind={node.kind}>
      {node.kind !== 'start' && <Handle type="target" position={Position.Left} className="cf-handle cf-handle--in" />}
      <header className="cf-node__header">
        <span className="cf-node__icon" aria-hidden>
          {look.icon}
        </span>
        <span className="cf-node__kind">{t(`${node.kind}.label`)}</span>
        {(errors > 0 || warnings > 0) && (
          <span
            className={`cf-node__badge ${errors ? 'cf-node__badge--error' : 'cf-node__badge--warning'}`}
            title={data.diagnostics?.map((d) => d.message).join('\n')}
          >
            {errors ? `✕ ${errors}` : `! ${warnings}`}
          </span>
        )}
      </header>
      <div className="cf-node__title" title={data.label}>
        {data.label}
      </div>
      {children !== undefined && <div className="cf-node__body">{children}</div>}
      {ports.length > 0 && (
        <ul className="cf-node__ports">
          {ports.map((port) => {
            const connected = targetOf(node, port.name) !== undefined;
            return (
              <li key={port.name} className={`cf-port ${port.required ? '' : 'cf-port--optional'}`}>
                {portDetail[port.name] !== undefined && <span className="cf-port__detail">{portDetail[port.name]}</span>}
                <span className="cf-port__name">{port.name}</span>
                <Handle
                  type="source"
                  position={Position.Right}
                  id={port.name}
                  className={`cf-handle cf-handle--out ${connected ? 'is-connected' : ''}`}
                  title={port.required ? t('common.requiredPort', { port: port.name }) : port.name}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** A short line of the body, muted label first: "Queue  premium". */
export function Fact({ label, children, mono }: { label?: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="cf-fact">
      {label && <span className="cf-fact__label">{label}</span>}
      <span className={mono ? 'cf-fact__value cf-mono' : 'cf-fact__value'}>{children}</span>
    </div>
  );
}

export function PromptLine({ text }: { text: string | undefined }) {
  const { t } = useTranslation(KINDS_NAMESPACE);
  return text ? <p className="cf-prompt">{text}</p> : <p className="cf-prompt cf-prompt--missing">{t('common.noPrompt')}</p>;
}
