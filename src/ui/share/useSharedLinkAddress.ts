// The `#s=` part of the address (ARCHITECTURE §7). Once the page is ready the link has done its work —
// its lab is now the saved lab, or it was refused with a notice — so it leaves the address: a reload
// then restores the lab as the learner left it instead of replaying the link over their work. A link
// pasted into the address bar of an open page changes only the fragment (no navigation): the page
// reloads so the link opens.
import { useEffect } from 'react';
import { withoutSharedLink } from './shareUrl.ts';

export function useSharedLinkAddress(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const clean = withoutSharedLink(window.location.href);
    if (clean !== null) window.history.replaceState(window.history.state, '', clean);
    const onHashChange = () => {
      if (withoutSharedLink(window.location.href) !== null) window.location.reload();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [ready]);
}
