// Node components for the diagram. Each is memoised and draws only what project() put in its data.
import { memo } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import type { BootlistLine, DiskNodeData, FirmwareNodeData, HostNodeData, ShelfNodeData, VgNodeData } from './project.ts';

type HostNode = Node<HostNodeData, 'host'>;
type ShelfNode = Node<ShelfNodeData, 'shelf'>;
type FirmwareNode = Node<FirmwareNodeData, 'firmware'>;
type DiskNode = Node<DiskNodeData, 'disk'>;
type VgNode = Node<VgNodeData, 'vg'>;

export const HostNodeView = memo(function HostNodeView({ data }: NodeProps<HostNode>) {
  return (
    <div className="dg-group" data-testid={data.testId}>
      <div className="dg-group__header">
        <span className="dg-group__title">{data.name}</span>
        <span className={`dg-power dg-power--${data.power}`}>
          <span className="dg-power__dot" aria-hidden="true" />
          {data.powerText}
        </span>
        <span className="dg-led" title="operator panel LED">
          {data.ledText}
        </span>
        {data.level && <span className="dg-group__meta">AIX {data.level}</span>}
      </div>
      {data.hangReason && <div className="dg-group__hang">{data.hangReason}</div>}
    </div>
  );
});

export const ShelfNodeView = memo(function ShelfNodeView({ data }: NodeProps<ShelfNode>) {
  return (
    <div className="dg-group dg-group--shelf" data-testid={data.testId}>
      <div className="dg-group__header">
        <span className="dg-group__title">{data.title}</span>
        <span className="dg-group__meta">
          {data.count} disk{data.count === 1 ? '' : 's'} not attached
        </span>
      </div>
    </div>
  );
});

export const FirmwareNodeView = memo(function FirmwareNodeView({ data }: NodeProps<FirmwareNode>) {
  return (
    <div className="dg-box dg-box--firmware">
      <div className="dg-box__title">firmware</div>
      <Bootlist line={data.normal} testId="diagram.bootlist" />
      <Bootlist line={data.service} testId="diagram.bootlist.service" service />
      <Handle type="source" position={Position.Right} id="boot" isConnectable={false} className="dg-handle" />
    </div>
  );
});

/** "bootlist (normal): 1 hdisk0 2 hdisk1" as text; each entry is kept on one line when it wraps. */
function Bootlist({ line, testId, service = false }: { line: BootlistLine; testId: string; service?: boolean }) {
  return (
    <div className={service ? 'dg-bootlist dg-bootlist--service' : 'dg-bootlist'} data-testid={testId}>
      {line.label}
      {line.items.map((item, i) => (
        <span key={i}>
          {' '}
          <span className="dg-nowrap">{item}</span>
        </span>
      ))}
    </div>
  );
}

export const DiskNodeView = memo(function DiskNodeView({ data }: NodeProps<DiskNode>) {
  return (
    <div className="dg-box dg-box--disk" data-testid={data.testId} data-role={data.role} data-booted={data.booted ? 'true' : 'false'}>
      <Handle type="target" position={Position.Left} id="boot" isConnectable={false} className="dg-handle" />
      <div className="dg-box__title">
        <span className="dg-disk__name">{data.title}</span>
        <span className={`dg-role dg-role--${data.role}`}>{data.roleText}</span>
        {data.booted && (
          <span className="dg-flag dg-flag--booted" title="the running system booted from this disk">
            ▶ booted
          </span>
        )}
        {data.failed && <span className="dg-flag dg-flag--failed">failed</span>}
      </div>
      <div className="dg-disk__row">
        <span className="dg-label">PVID</span> <span className="dg-mono">{data.pvidText}</span>
      </div>
      <div className="dg-disk__row">
        <span className="dg-mono">{data.sizeText}</span>
        <span className="dg-sep" aria-hidden="true">
          ·
        </span>
        <span className="dg-label">VG</span> <span className="dg-mono">{data.vgText}</span>
        {data.stateText && (
          <span className={`dg-state dg-state--${data.stateText}`}>{data.stateText}</span>
        )}
      </div>
      <div className="dg-disk__row dg-disk__row--meta">
        {data.osLevel ? <span className="dg-mono">AIX {data.osLevel}</span> : <span className="dg-muted">no AIX</span>}
        {data.bootRecord && <span className="dg-muted"> · boot record</span>}
        {data.awake && <span className="dg-flag dg-flag--awake">awake</span>}
      </div>
      <Handle type="source" position={Position.Right} id="vg" isConnectable={false} className="dg-handle" />
    </div>
  );
});

export const VgNodeView = memo(function VgNodeView({ data }: NodeProps<VgNode>) {
  return (
    <div className="dg-box dg-box--vg" data-testid={data.testId} data-active={data.active ? 'true' : 'false'}>
      <Handle type="target" position={Position.Left} id="pv" isConnectable={false} className="dg-handle" />
      <div className="dg-box__title">
        <span className="dg-vg__name">{data.name}</span>
        <span className={`dg-state dg-state--${data.stateText}`}>{data.stateText}</span>
      </div>
      <div className="dg-disk__row dg-muted">{data.detailText}</div>
    </div>
  );
});

/** Module-level so React Flow never sees a new object (it would remount every node). */
export const nodeTypes = {
  host: HostNodeView,
  shelf: ShelfNodeView,
  firmware: FirmwareNodeView,
  disk: DiskNodeView,
  vg: VgNodeView,
};
