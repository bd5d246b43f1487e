// Measurements taken inside a page, shared by the bench scripts so the app and the floors built to
// compare it with are measured the same way. Both need the automation contract's terminal: an input
// named "Command line" and a [data-testid="terminal"] whose data-busy goes true while a line runs.
import type { Page } from '@playwright/test';
import { pct } from './browser.ts';

/** Enter → the output is in the log and painted (the next animation frame), in ms, one per line. */
export async function enterToPaint(page: Page, lines: readonly string[], count: number): Promise<number[]> {
  const input = page.getByRole('textbox', { name: 'Command line' });
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    await input.fill(lines[i % lines.length]);
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const term = document.querySelector('[data-testid="terminal"]')!;
            const field = document.querySelector('input[aria-label="Command line"]') as HTMLInputElement;
            const t0 = performance.now();
            let started = false;
            // The line has run once the terminal went busy and came back; painted at the next frame.
            const obs = new MutationObserver(() => {
              const busy = term.getAttribute('data-busy');
              if (busy === 'true') started = true;
              if (busy === 'false' && started) {
                obs.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - t0));
              }
            });
            obs.observe(term, { attributes: true, childList: true, subtree: true });
            field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          }),
      ),
    );
  }
  return times;
}

/** Starts recording long tasks (PerformanceObserver 'longtask'); read them with longTasks(). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
  })()`);
}

export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);
}

export interface FrameFigures {
  frames: number;
  seconds: number;
  fps: number;
  p95: number;
  worst: number;
  longFrames: number;
}

/** A point on the empty pane (not on a node), where a drag pans the diagram. */
export async function panePoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let fy = 0.95; fy > 0.05; fy -= 0.05) {
      for (let fx = 0.5; fx < 0.95; fx += 0.05) {
        const x = pane.left + pane.width * fx;
        const y = pane.top + pane.height * fy;
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return { x: pane.left + pane.width / 2, y: pane.bottom - 20 };
  });
}

const idle = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-testid="terminal"]')?.getAttribute('data-busy') === 'false');

/**
 * Types each line and drags the pane while it runs, counting every animation frame meanwhile: the
 * frame rate of a React Flow picture that updates and moves at once.
 */
export async function framesWhilePanning(page: Page, lines: readonly string[]): Promise<FrameFigures> {
  const input = page.getByRole('textbox', { name: 'Command line' });
  // Every requestAnimationFrame callback's timestamp (a string: no compiler helpers in page code).
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    const tick = (t) => {
      window.__frames.push(t);
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  let direction = -1;
  for (const line of lines) {
    await input.fill(line);
    await input.press('Enter');
    const start = await panePoint(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + direction * 260, start.y - direction * 20, { steps: 24 });
    await page.mouse.up();
    direction = -direction;
    await idle(page);
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames;
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const seconds = frames.length > 1 ? (frames[frames.length - 1] - frames[0]) / 1000 : 0;
  return {
    frames: gaps.length,
    seconds,
    fps: seconds > 0 ? gaps.length / seconds : 0,
    p95: pct(gaps, 95),
    worst: gaps.length ? Math.max(...gaps) : 0,
    longFrames: gaps.filter((g) => g > 33).length,
  };
}
