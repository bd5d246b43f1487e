// Pure helpers of the Share feature (tested in node): the address of a shared link, and the address
// without it once the link has been opened.

/**
 * The address that opens `payload`: this page (origin + path) with `#s=<payload>`. The query is left
 * out: the link carries its own scenario, and the receiver keeps their own speed.
 */
export function shareUrl(location: { origin: string; pathname: string }, payload: string): string {
  return `${location.origin}${location.pathname}#s=${payload}`;
}

/**
 * `href` without the `s=` part of its fragment (other fragment parts stay), or null when it has none.
 * Once a link has opened, its lab is the saved lab: a reload must restore that, not replay the link.
 */
export function withoutSharedLink(href: string): string | null {
  const at = href.indexOf('#');
  if (at < 0) return null;
  const parts = href.slice(at + 1).split('&');
  const kept = parts.filter((p) => !p.startsWith('s='));
  if (kept.length === parts.length) return null;
  const rest = kept.filter((p) => p !== '').join('&');
  return href.slice(0, at) + (rest ? `#${rest}` : '');
}

/** 12345 → "12,345". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
