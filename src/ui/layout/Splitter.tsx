// A keyboard-operable splitter between two panes (WAI-ARIA window splitter): a focusable separator
// whose value is the first pane's share in percent. Arrows move it (Shift: further), Home/End go to
// the limits; a pointer drags it.
import { memo, useCallback, useRef } from 'react';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import { fractionAfterKey, fractionAt } from './splitter.ts';
import type { SplitLimits } from './splitter.ts';
import './splitter.css';

export interface SplitterProps {
  /** 'vertical': a vertical bar between side-by-side panes; 'horizontal': a bar between stacked panes. */
  orientation: 'vertical' | 'horizontal';
  label: string;
  /** Id of the pane the value measures (aria-controls). */
  controls: string;
  value: number;
  limits: SplitLimits;
  onChange(value: number): void;
  /** The element the fraction is measured in. */
  containerRef: RefObject<HTMLElement | null>;
}

export const Splitter = memo(function Splitter({ orientation, label, controls, value, limits, onChange, containerRef }: SplitterProps) {
  const dragging = useRef(false);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const next = fractionAfterKey(e.key, e.shiftKey, value, orientation, limits);
      if (next === null) return;
      e.preventDefault();
      onChange(next);
    },
    [value, orientation, limits, onChange],
  );

  const fromPointer = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const box = containerRef.current?.getBoundingClientRect();
      if (!box) return;
      onChange(orientation === 'vertical' ? fractionAt(e.clientX, box.left, box.width, limits) : fractionAt(e.clientY, box.top, box.height, limits));
    },
    [containerRef, orientation, limits, onChange],
  );

  return (
    <div
      className={`splitter splitter--${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-controls={controls}
      aria-valuenow={Math.round(value * 100)}
      aria-valuemin={Math.round(limits.min * 100)}
      aria-valuemax={Math.round(limits.max * 100)}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (dragging.current) fromPointer(e);
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
    >
      <span className="splitter__grip" aria-hidden="true" />
    </div>
  );
});
