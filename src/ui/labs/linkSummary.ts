// What a shared link holds, for the notice shown once it opened: read with the core's own codec (bounded,
// never throws). Loaded only when the address has a link (it brings the scenario list with it).
import { decodeLink } from '../../core/scenario/link.ts';
import { twinHostname } from '../../core/twin/build.ts';

export interface LinkSummary {
  scenario: string;
  /** A twin link (a described server): the host name its lab gets; null for a built-in scenario. */
  server: string | null;
  steps: number;
  /** The first few lines, each shortened: shown as text, never run. */
  firstLines: string[];
}

export const FIRST_LINES = 5;
const MAX_LINE_CHARS = 120;

/** The link's scenario, step count and first lines, or null when it does not decode. */
export function summarizeLink(payload: string): LinkSummary | null {
  const decoded = decodeLink(payload);
  if (!decoded.ok) return null;
  const { scenario, steps, twin } = decoded.value;
  const firstLines = steps.slice(0, FIRST_LINES).map((line) => (line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line));
  return { scenario, server: twin ? twinHostname(twin.facts, twin.options) : null, steps: steps.length, firstLines };
}
