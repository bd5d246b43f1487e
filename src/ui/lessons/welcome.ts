// First visit: whether to show the welcome, pure. It shows on a bare address (no ?lesson=, ?scenario=,
// ?lab=, ?exam= or #s= link: those say what the visitor came for) until dismissed once; the dismissal is kept in
// localStorage under WELCOME_KEY. A visitor who has not dismissed it is a newcomer: the Lesson tab is
// their default side tab.
export const WELCOME_KEY = 'altdisk.welcome';
export const WELCOME_DONE = 'done';

export function isNewcomer(stored: string | null): boolean {
  return stored !== WELCOME_DONE;
}

export function shouldWelcome(search: string, hash: string, stored: string | null): boolean {
  if (!isNewcomer(stored)) return false;
  const q = new URLSearchParams(search);
  if (q.get('lesson') || q.get('scenario') || q.get('lab') || q.get('exam')) return false;
  return !/(^#|&)s=/.test(hash);
}
