// Node components for the diagram. Each is memoised and draws only what project() put in its data.
// States are told apart by shape, border pattern and words, never by colour alone: an awake alternate
// has a double border and an "AWAKE" badge, a sleeping one a dashed border and "asleep"; a hung host a
// hatched header and "HUNG"; a failed disk a hatched body and "FAILED".
import { createContext, memo, useContext } from 'react';
import type { MouseEvent } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { Node, NodeProps } from '@xyflow/react';
import { pulseClass } from './changes.ts';
import { DiskProgress } from '../terminal/DiskProgress.tsx';
import type { BootlistLine, Changeable, DiskNodeData, FirmwareNodeData, HostNodeData, LvNodeData, ShelfNodeData, VgNodeData } from './project.ts';
// After DiskProgress's sheet: a changed disk's outline wins over the in-progress one.
import './boxes.css';
import './disks.css';
import './edges.css';
import './ghost.css';

type HostNode = Node<HostNodeData, 'host'>;
type ShelfNode = Node<ShelfNodeData, 'shelf'>;
type FirmwareNode = Node<FirmwareNodeData, 'firmware'>;
type DiskNode = Node<DiskNodeData, 'disk'>;
type VgNode = Node<VgNodeData, 'vg'>;
type LvNode = Node<LvNodeData, 'lv'>;

/** What node components may ask of the diagram (kept out of node data so data stays plain JSON). */
export interface DiagramActions {
  toggleVg(nodeId: string): void;
}

export const DiagramActionsContext = createContext<DiagramActions>({ toggleVg: () => {} });

function changedProps(data: Changeable): { 'data-changed': 'true' | 'false'; className: string } {
  return { 'data-changed': data.changed ? 'true' : 'false', className: data.changed ? ` dg-changed ${pulseClass(data.changeSeq)}` : '' };
}

/** A preview ghost's tag (ghost.ts): the node as the typed line would leave it. */
function GhostTag({ data }: { data: Changeable }) {
  if (!data.ghost) return null;
  return (
    <span className={`dg-ghost-tag dg-ghost-tag--${data.ghost}`} data-testid="diagram.ghost-tag">
      {data.ghost === 'removed' ? '(preview: goes)' : '(preview)'}
    </span>
  );
}

const POWER_ICON: Record<HostNodeData['power'], string> = {
  running: '●',
  off: '○',
  firmware: '◐',
  sms: '◧',
  booting: '◐',
  hung: '⚠',
};

export const HostNodeView = memo(function HostNodeView({ data }: NodeProps<HostNode>) {
  const ch = changedProps(data);
  const hung = data.power === 'hung';
  return (
    <div
      className={`dg-group dg-group--host dg-group--${data.power}${data.damage ? ' dg-group--damaged' : ''}${ch.className}`}
      data-testid={data.testId}
      data-changed={ch['data-changed']}
      data-power={data.power}
    >
      <div className="dg-group__header">
        <span className="dg-group__title">{data.name}</span>
        <GhostTag data={data} />
        {data.console && <span className="dg-tag dg-tag--console">console</span>}
        <span className={`dg-power dg-power--${data.power}`}>
          <span aria-hidden="true">{POWER_ICON[data.power]}</span> {data.powerText}
        </span>
        <span className={`dg-led${data.led ? '' : ' dg-led--blank'}`} title={`Operator panel: ${data.ledMeaning}`}>
          {data.led ?? '····'}
        </span>
        {data.level && <span className="dg-group__meta">AIX {data.level}</span>}
        {(hung || data.damage) && (
          <span className="dg-group__alert" title={hung ? `${data.ledMeaning}${data.hangReason ? `: ${data.hangReason}` : ''}` : (data.damage ?? '')}>
            {hung ? (
              <>
                <strong>⚠ HUNG at LED {data.led ?? '—'}</strong> {data.ledMeaning}
              </>
            ) : (
              <>
                <strong>⚠ DAMAGED</strong> {data.damage}
              </>
            )}
          </span>
        )}
      </div>
    </div>
  );
});

export const ShelfNodeView = memo(function ShelfNodeView({ data }: NodeProps<ShelfNode>) {
  const ch = changedProps(data);
  return (
    <div className={`dg-group dg-group--shelf${ch.className}`} data-testid={data.testId} data-changed={ch['data-changed']}>
      <div className="dg-group__header">
        <span className="dg-group__title">{data.title}</span>
        <GhostTag data={data} />
        <span className="dg-group__meta">
          {data.count} disk{data.count === 1 ? '' : 's'} not attached
        </span>
      </div>
    </div>
  );
});

export const FirmwareNodeView = memo(function FirmwareNodeView({ data }: NodeProps<FirmwareNode>) {
  const ch = changedProps(data);
  return (
    <div className={`dg-box dg-box--firmware${ch.className}`} data-changed={ch['data-changed']}>
      <div className="dg-box__title">
        <span className="dg-kicker">firmware</span>
        <GhostTag data={data} />
      </div>
      <Bootlist line={data.normal} testId={data.normalTestId} />
      <Bootlist line={data.service} testId={data.serviceTestId} service />
      {data.warning && (
        <div className="dg-bootlist-warning" data-testid={data.warningTestId}>
          <strong>⚠</strong> {data.warning}
        </div>
      )}
      <Handle type="source" position={Position.Right} id="boot" isConnectable={false} className="dg-handle dg-handle--boot" />
      <Handle type="source" position={Position.Right} id="service" isConnectable={false} className="dg-handle dg-handle--service" />
    </div>
  );
});

/** "bootlist (normal): 1 hdisk0 2 hdisk1" as text; each entry is kept on one line when it wraps. */
function Bootlist({ line, testId, service = false }: { line: BootlistLine; testId: string; service?: boolean }) {
  return (
    <div className={service ? 'dg-bootlist dg-bootlist--service' : 'dg-bootlist'} data-testid={testId}>
      <span className="dg-bootlist__label">{line.label}</span>
      {line.items.map((item, i) => (
        <span key={i}>
          {' '}
          <span className="dg-nowrap dg-bootlist__item">{item}</span>
        </span>
      ))}
    </div>
  );
}

export const DiskNodeView = memo(function DiskNodeView({ data }: NodeProps<DiskNode>) {
  const ch = changedProps(data);
  const awakeAttr = data.alternate ? (data.awake ? 'true' : 'false') : undefined;
  return (
    <div
      className={`dg-box dg-box--disk dg-box--${data.role}${data.damaged ? ' dg-box--damaged' : data.alternate ? (data.awake ? ' dg-box--awake' : ' dg-box--asleep') : ''}${data.booted ? ' dg-box--booted' : ''}${data.failed ? ' dg-box--failed' : ''}${ch.className}`}
      data-testid={data.testId}
      data-role={data.role}
      data-booted={data.booted ? 'true' : 'false'}
      data-awake={awakeAttr}
      data-boot-hang={data.bootHang ?? undefined}
      data-changed={ch['data-changed']}
    >
      <Handle type="target" position={Position.Left} id="boot" isConnectable={false} className="dg-handle dg-handle--boot" />
      <Handle type="target" position={Position.Left} id="service" isConnectable={false} className="dg-handle dg-handle--service" />
      <div className="dg-box__title">
        <span className="dg-disk__name">{data.title}</span>
        <GhostTag data={data} />
        <span className={`dg-role dg-role--${data.role}`}>{data.roleText}</span>
      </div>
      <div className="dg-row">
        <span className="dg-label">PVID</span> <span className="dg-mono">{data.pvidText}</span>
      </div>
      <div className="dg-row">
        <span className="dg-mono">{data.sizeText}</span>
        <span className="dg-sep" aria-hidden="true">
          ·
        </span>
        <span className="dg-label">VG</span> <span className="dg-mono dg-ellipsis">{data.vgText}</span>
      </div>
      <div className="dg-row">
        {data.varied && (
          <>
            <span className={`dg-varied dg-varied--${data.varied}`}>
              <span aria-hidden="true">{data.varied === 'on' ? '●' : '○'}</span> varied {data.varied}
            </span>
            <span className="dg-sep" aria-hidden="true">
              ·
            </span>
          </>
        )}
        <span className={data.bootRecord ? 'dg-bootrec' : 'dg-muted'}>{data.bootRecord ? 'boot record' : 'no boot record'}</span>
      </div>
      <div className="dg-row">
        {data.osLevel ? <span className="dg-mono">AIX {data.osLevel}</span> : <span className="dg-muted">no AIX on disk</span>}
        {(data.bootOrder.length > 0 || data.serviceOrder.length > 0) && (
          <span className="dg-order">
            {data.bootOrder.map((n) => (
              <span key={`n${n}`} className="dg-order__normal" title={`normal bootlist position ${n}`}>
                #{n}
              </span>
            ))}
            {data.serviceOrder.map((n) => (
              <span key={`s${n}`} className="dg-order__service" title={`service bootlist position ${n}`}>
                S{n}
              </span>
            ))}
          </span>
        )}
      </div>
      <div className="dg-row dg-row--flags">
        {data.damaged ? (
          <span className="dg-flag dg-flag--damaged" data-testid={`${data.testId}.damaged`}>
            ⚠ DAMAGED · boot hangs{data.bootHang && /^\d+$/.test(data.bootHang) ? ` at ${data.bootHang}` : ''}
          </span>
        ) : data.alternate &&
          (data.awake ? (
            <>
              <span className="dg-flag dg-flag--awake">◉ AWAKE</span>
              {data.altMounts > 0 && <span className="dg-muted">{data.altMounts} fs on /alt_inst</span>}
            </>
          ) : (
            <span className="dg-flag dg-flag--asleep">☾ asleep</span>
          ))}
        {data.booted && <span className="dg-flag dg-flag--booted">▶ booted from</span>}
        {data.failed && <span className="dg-flag dg-flag--failed">✕ FAILED</span>}
      </div>
      <DiskProgress host={data.host} hdisk={data.hdisk} />
      <Handle type="source" position={Position.Right} id="vg" isConnectable={false} className="dg-handle dg-handle--vg" />
    </div>
  );
});

export const VgNodeView = memo(function VgNodeView({ id, data }: NodeProps<VgNode>) {
  const { toggleVg } = useContext(DiagramActionsContext);
  const ch = changedProps(data);
  const onToggle = (e: MouseEvent) => {
    e.stopPropagation();
    toggleVg(id);
  };
  return (
    <div
      className={`dg-box dg-box--vg${data.active ? ' dg-box--active' : ' dg-box--inactive'}${data.awake ? ' dg-box--awake' : ''}${ch.className}`}
      data-testid={data.testId}
      data-active={data.active ? 'true' : 'false'}
      data-awake={data.awake ? 'true' : undefined}
      data-changed={ch['data-changed']}
    >
      <Handle type="target" position={Position.Left} id="pv" isConnectable={false} className="dg-handle dg-handle--pv" />
      <div className="dg-box__title">
        {data.expandable ? (
          <button
            type="button"
            className="dg-toggle nodrag nopan"
            aria-expanded={data.expanded}
            aria-label={`${data.expanded ? 'Hide' : 'Show'} logical volumes of ${data.name}`}
            onClick={onToggle}
          >
            <span aria-hidden="true">{data.expanded ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="dg-toggle dg-toggle--none" aria-hidden="true" />
        )}
        <span className="dg-vg__name">{data.name}</span>
        <GhostTag data={data} />
        <span className={`dg-varied dg-varied--${data.active ? 'on' : 'off'}`}>
          <span aria-hidden="true">{data.active ? '●' : '○'}</span> varied {data.active ? 'on' : 'off'}
        </span>
      </div>
      <div className="dg-row dg-muted">
        {data.awake && <span className="dg-flag dg-flag--awake">◉ AWAKE</span>}
        <span className="dg-ellipsis">
          on {data.pvText} · {data.detailText}
        </span>
      </div>
    </div>
  );
});

export const LvNodeView = memo(function LvNodeView({ data }: NodeProps<LvNode>) {
  const ch = changedProps(data);
  return (
    <div className={`dg-lv-row${data.open ? ' dg-lv-row--open' : ' dg-lv-row--closed'}${ch.className}`} data-changed={ch['data-changed']} title={`${data.name}: ${data.state}`}>
      <span className="dg-lv__name">{data.name}</span>
      <span className="dg-lv__type">{data.type}</span>
      <span className="dg-lv__pps" title={`${data.lps} LPs, ${data.pps} PPs`}>
        {data.pps} PP{data.copies > 1 ? ` ×${data.copies}` : ''}
      </span>
      <span className="dg-lv__mount" title={data.mount ?? 'no mount point'}>
        {data.mount ?? '—'}
      </span>
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
  lv: LvNodeView,
};
