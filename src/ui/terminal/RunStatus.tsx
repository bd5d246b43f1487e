// Under the output while a long command runs: the phase it is in, how far through its simulated time
// it is, and the speed buttons, so a 12-minute clone at 1× is never a frozen-looking screen.
import { memo } from 'react';
import type { Speed } from '../../protocol/index.ts';
import { clockText, commandName, durationWords, fractionDone } from './runProgress.ts';
import type { RunProgress } from './runProgress.ts';
import './progress.css';

const SPEEDS: readonly [Speed, string][] = [
  ['1x', '1×'],
  ['10x', '10×'],
  ['instant', 'instant'],
];

export interface RunStatusProps {
  run: RunProgress;
  speed?: Speed;
  onSpeed?(speed: Speed): void;
}

export const RunStatus = memo(function RunStatus({ run, speed, onSpeed }: RunStatusProps) {
  const percent = Math.round(fractionDone(run) * 100);
  const phase = run.phase ?? 'Starting';
  return (
    <div className="run-status" data-testid="terminal.progress" data-percent={percent} data-phase={phase}>
      <div className="run-status__line">
        <progress className="run-status__bar" max={100} value={percent} aria-label={`${run.line}: ${phase}`} aria-valuetext={`${percent} %`} />
        <span className="run-status__phase">{phase}</span>
        {run.detail && <span className="run-status__detail">{run.detail}</span>}
        <span className="run-status__clock">
          {clockText(run.atMs)} of {clockText(run.durationMs)} simulated
        </span>
      </div>
      <div className="run-status__line run-status__line--speed" role="group" aria-label="Speed of this command">
        <span>
          {commandName(run.line)} takes {durationWords(run.durationMs)}; speed:
        </span>
        {SPEEDS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            className="run-status__speed"
            aria-pressed={speed === value}
            disabled={!onSpeed}
            onClick={() => onSpeed?.(value)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
});
