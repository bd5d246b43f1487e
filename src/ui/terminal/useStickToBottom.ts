// The terminal follows new output, and keeps the prompt in view, unless the learner scrolled up to read.
// Besides new lines, the view also changes size on its own: the boot console opens above it, SMIT hides
// and shows it again, fonts load after a link opened the page. A ResizeObserver re-pins the bottom then.
import { useCallback, useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/** Pixels from the bottom within which the view keeps following new output. */
export const STICK_THRESHOLD = 48;

/** Whether a scroll position counts as "at the bottom" (pure, for tests). */
export function atBottom(scrollHeight: number, scrollTop: number, clientHeight: number): boolean {
  return scrollHeight - scrollTop - clientHeight < STICK_THRESHOLD;
}

export function useStickToBottom(scrollRef: RefObject<HTMLElement | null>, contentRef: RefObject<HTMLElement | null>) {
  const stickRef = useRef(true);

  /** Pins the bottom when following; `home` also scrolls back to the left edge, where the prompt is. */
  const follow = useCallback(
    (home: boolean) => {
      const el = scrollRef.current;
      if (!el || !stickRef.current) return;
      el.scrollTop = el.scrollHeight;
      if (home) el.scrollLeft = 0;
    },
    [scrollRef],
  );

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    // A hidden terminal (SMIT in front) has no layout: it says nothing about what the learner wants.
    if (!el || el.clientHeight === 0) return;
    stickRef.current = atBottom(el.scrollHeight, el.scrollTop, el.clientHeight);
  }, [scrollRef]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => follow(false));
    observer.observe(el);
    if (contentRef.current) observer.observe(contentRef.current);
    return () => observer.disconnect();
  }, [follow, scrollRef, contentRef]);

  return { stickRef, onScroll, follow };
}
