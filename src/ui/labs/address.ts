// The page address of a saved lab (pure, tested in node). Once a lab is open the address names it,
// `?lab=<id>`, so a reload reopens that lab instead of making another from ?scenario=, ?lesson= or #s=.
import { withoutSharedLink } from '../share/shareUrl.ts';

export interface LabRef {
  id: string;
  lesson: string | null;
}

/**
 * `href` rewritten to name the open lab: `?lab=<id>`, keeping `speed` and the lesson (the lab's own, or
 * the one in the address when the host does not record it) and other fragment parts; dropping
 * `scenario`, `fresh` and `#s=`. Null when the address already says exactly that.
 */
export function labAddress(href: string, lab: LabRef): string | null {
  const url = new URL(withoutSharedLink(href) ?? href);
  const next = new URLSearchParams();
  next.set('lab', lab.id);
  const speed = url.searchParams.get('speed');
  if (speed) next.set('speed', speed);
  const lesson = lab.lesson ?? url.searchParams.get('lesson');
  if (lesson) next.set('lesson', lesson);
  if (url.searchParams.get('exam') === '1') next.set('exam', '1'); // an exam lab stays one on reload
  const result = `${url.origin}${url.pathname}?${next.toString()}${url.hash}`;
  return result === href ? null : result;
}

/** The relative address that opens a saved lab from the labs menu: `?lab=<id>`, keeping the speed. */
export function openLabHref(search: string, lab: LabRef): string {
  const speed = new URLSearchParams(search).get('speed');
  const next = new URLSearchParams();
  next.set('lab', lab.id);
  if (speed) next.set('speed', speed);
  if (lab.lesson) next.set('lesson', lab.lesson);
  return `?${next.toString()}`;
}

/** The relative address of a new lab of the reference scenario (the error boundary's "Open a fresh lab"). */
export function freshLabHref(search: string, scenario: string): string {
  const speed = new URLSearchParams(search).get('speed');
  const next = new URLSearchParams();
  if (speed) next.set('speed', speed);
  next.set('scenario', scenario);
  return `?${next.toString()}`;
}

/** The relative address without any lab, scenario, lesson or link: the most recently used saved lab. */
export function savedLabHref(search: string): string {
  const speed = new URLSearchParams(search).get('speed');
  return speed ? `?speed=${encodeURIComponent(speed)}` : '?';
}

/** The scenario "Open a fresh lab" starts (the reference lab; address.test.ts holds it equal to the core's default). */
export const FRESH_SCENARIO = 'reference-lab';
