// Built-in scenarios (?scenario=<id>): each builds its start world from scratch, deterministically.
import type { World } from '../model/types.ts';
import { referenceLab } from './referenceLab.ts';

export interface ScenarioInfo {
  id: string;
  title: string;
  description: string;
  build: () => World;
}

export const DEFAULT_SCENARIO = 'reference-lab';

export const SCENARIOS: ScenarioInfo[] = [
  {
    id: 'reference-lab',
    title: 'Reference lab',
    description: 'aixlab01 on AIX 7200-05-03-2148: hdisk0 rootvg, hdisk1 free, hdisk2 datavg, hdisk3 without a PVID.',
    build: referenceLab,
  },
];

export function findScenario(id: string): ScenarioInfo | null {
  return SCENARIOS.find((s) => s.id === id) ?? null;
}
