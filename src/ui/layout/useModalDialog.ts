// A modal <dialog> that follows `open`: shown with showModal() when it turns true (focus moves in,
// Escape closes it, the page behind is inert) and closed when it turns false. The labs, share, twin and
// builder dialogs all open this way; give the returned ref to the <dialog>.
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
