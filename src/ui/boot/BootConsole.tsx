// The boot console: the console host's 4-digit operator-panel LED (boot.led) and, during a shutdown or
// boot, one line per LED code and power state as the events stream in. A hang stays on its code with
// the plain explanation and the ways out in the order that works (power off, then SMS or power on), as
// commands that paste into the prompt and say what they will do.
import { lazy, memo, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { SimSnapshot } from '../../protocol/index.ts';
import './boot.css';
import { offsetText } from './bootLog.ts';
import type { BootLog } from './bootLog.ts';
import { ledMeaning } from './ledCodes.ts';

// The ways out of a hang load when a boot first hangs (BUDGETS P1: not part of the first paint).
const HangWays = lazy(() => import('./HangWays.tsx').then((m) => ({ default: m.HangWays })));

export interface BootConsoleProps {
  snapshot: SimSnapshot;
  log: BootLog;
  onPaste(line: string): void;
}

const POWER_LABEL: Record<string, string> = {
  running: '● running',
  off: '○ powered off',
  firmware: '◐ firmware',
  sms: '◧ SMS menus',
  booting: '◐ booting',
  hung: '⚠ HUNG',
};

export const BootConsole = memo(function BootConsole({ snapshot, log, onPaste }: BootConsoleProps) {
  const host = snapshot.hosts.find((h) => h.name === snapshot.console) ?? snapshot.hosts[0];
  const tipId = useId();
  const logId = useId();
  const [open, setOpen] = useState(false);
  const hung = host?.power === 'hung';
  // After a hang, the power-off is only the first step: keep the next one on screen while it is off.
  const [offAfterHang, setOffAfterHang] = useState(false);
  const power = host?.power;
  useEffect(() => {
    if (power === 'hung') setOffAfterHang(true);
    else if (power !== 'off') setOffAfterHang(false);
  }, [power]);
  // A new boot log (a command that shut down or booted something) opens the console.
  const seenSeq = useRef(log.seq);
  useEffect(() => {
    if (log.seq !== seenSeq.current && log.lines.length > 0) {
      seenSeq.current = log.seq;
      setOpen(true);
    }
  }, [log]);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = listRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [log, open]);

  if (!host) return null;
  const led = host.led;
  const meaning = ledMeaning(led);
  const on = host.name === snapshot.console ? '' : ` ${host.name}`;
  const showLog = (open || hung) && log.lines.length > 0;

  return (
    <section className={`bootcon${hung ? ' bootcon--hung' : ''}`} aria-label="Boot console" data-testid="boot.console" data-power={host.power}>
      <div className="bootcon__bar">
        <span className="bootcon__host">{host.name}</span>
        <span className="bootcon__led-wrap">
          <span
            className={`bootcon__led${led ? '' : ' bootcon__led--blank'}`}
            data-testid="boot.led"
            tabIndex={-1}
            role="img"
            aria-label={led ? `LED ${led}: ${meaning}` : 'LED panel blank'}
            aria-describedby={tipId}
          >
            {led ?? ''}
          </span>
          <span className="bootcon__tip" role="tooltip" id={tipId}>
            {led ? `${led}: ${meaning}` : 'The panel is blank: AIX is up (or the partition is off).'}
          </span>
        </span>
        <span className={`bootcon__power bootcon__power--${host.power}`}>{POWER_LABEL[host.power] ?? host.power}</span>
        <span className="bootcon__meaning">{led ? meaning : host.power === 'running' ? 'AIX is up' : ''}</span>
        {log.lines.length > 0 && !hung && (
          <button type="button" className="bootcon__toggle" aria-expanded={open} aria-controls={logId} onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide boot log' : `Boot log (${log.lines.length})`}
          </button>
        )}
      </div>
      {hung && (
        <div className="bootcon__hang" data-testid="boot.hang">
          <p className="bootcon__hang-title">
            <strong>⚠ The boot stopped at LED {led ?? '—'}</strong>: {meaning}.
          </p>
          {host.hangReason && <p className="bootcon__reason">{host.hangReason}</p>}
          <Suspense fallback={null}>
            <HangWays stage="hung" on={on} onPaste={onPaste} />
          </Suspense>
        </div>
      )}
      {!hung && offAfterHang && power === 'off' && (
        <div className="bootcon__hang bootcon__hang--off" data-testid="boot.hang.next">
          <Suspense fallback={null}>
            <HangWays stage="off-after-hang" on={on} onPaste={onPaste} />
          </Suspense>
        </div>
      )}
      {showLog && (
        <ol className="bootcon__log" id={logId} ref={listRef} tabIndex={0} aria-label={`Boot log${log.command ? ` of ${log.command}` : ''}`} data-testid="boot.log">
          {log.lines.map((line, i) => {
            const last = i === log.lines.length - 1;
            return (
              <li key={i} className={`bootcon__line bootcon__line--${line.kind}${last ? ' bootcon__line--last' : ''}`} data-code={line.code ?? undefined}>
                <span className="bootcon__time">{offsetText(line.atMs)}</span>
                {line.host !== snapshot.console && <span className="bootcon__line-host">{line.host}</span>}
                {line.kind === 'led' ? (
                  <span className="bootcon__code" title={line.text}>
                    {line.code ?? '····'}
                  </span>
                ) : (
                  <span className="bootcon__code bootcon__code--power" aria-hidden="true">
                    {line.power === 'hung' ? '⚠' : '»'}
                  </span>
                )}
                <span className="bootcon__text">{line.text}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});
