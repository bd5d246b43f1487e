// Drawn inside a disk node of the diagram while a long command writes to that disk (alt_disk_copy -d
// hdisk1): the phase AIX is in and how far through the command's simulated time it is.
import { memo } from 'react';
import { useRunProgress } from './progressStore.ts';
import './progress.css';
import { clockText, fractionDone, isLong } from './runProgress.ts';

export const DiskProgress = memo(function DiskProgress({ host, hdisk }: { host: string | null; hdisk: string | null }) {
  const run = useRunProgress();
  if (!run || !hdisk || host !== run.host || !run.targets.includes(hdisk) || !isLong(run)) return null;
  const percent = Math.round(fractionDone(run) * 100);
  const phase = run.phase ?? 'Starting';
  return (
    <div className="disk-progress" data-testid={`diagram.progress.${hdisk}`} data-percent={percent} data-phase={phase}>
      <div className="disk-progress__text">
        <span className="disk-progress__phase">{phase}</span>
        <span className="disk-progress__detail">{run.detail ?? `${percent} %`}</span>
      </div>
      <progress
        className="disk-progress__bar"
        max={100}
        value={percent}
        aria-label={`${run.line}: ${phase}`}
        aria-valuetext={`${percent} % (${clockText(run.atMs)} of ${clockText(run.durationMs)} simulated)`}
      />
    </div>
  );
});
