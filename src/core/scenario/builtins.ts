// Built-in scenarios (?scenario=<id>): each builds its start world from scratch, deterministically.
import type { World } from '../model/types.ts';
import { referenceLab } from './referenceLab.ts';
import { efixLab, jfsLab, mirroredLab, mksysbLab, releaseLab } from './variants.ts';
import { largeLab } from './largeLab.ts';
import { multibosLab } from './multibosLab.ts';
import { nimLab } from './nimLab.ts';

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
    build: () => referenceLab(),
  },
  {
    id: 'mirrored-lab',
    title: 'Mirrored rootvg',
    description: 'aixlab01 with rootvg mirrored on hdisk0 and hdisk1; hdisk2 is the only free disk; /home/image.data has COPIES=1.',
    build: mirroredLab,
  },
  {
    id: 'jfs-lab',
    title: 'Rootvg with a JFS file system',
    description: 'The reference lab with /home on JFS (log loglv00), to try alt_disk_copy -T.',
    build: jfsLab,
  },
  {
    id: 'mksysb-lab',
    title: 'Two servers and mksysb images',
    description: 'aixlab01 with mksysb images of other servers in /usr/sys/inst.images and on /dev/rmt0, and a second server aixprod02.',
    build: mksysbLab,
  },
  {
    id: 'efix-lab',
    title: 'An interim fix locks bos.rte',
    description: 'The reference lab with interim fix IJ41974s3a on bos.rte (emgr -l, EFIXLOCKED in lslpp -l): alt_disk_copy -b update_all fails until it is removed.',
    build: efixLab,
  },
  {
    id: 'release-lab',
    title: 'A newer release on the alternate',
    description: 'aixlab01 back on AIX 7200-05-03 after a rolled-back migration: hdisk1 holds its AIX 7300-01-01 rootvg as altinst_rootvg, asleep (waking it needs FORCE=yes).',
    build: releaseLab,
  },
  {
    id: 'multibos-lab',
    title: 'A rootvg short of room for multibos',
    description: 'aixlab01 on AIX 7200-05-03-2148 with a 12800 MB /apps in rootvg on hdisk0: 77 free PPs, too few for a standby BOS; hdisk1 free, updates in /export/7200-05-04.',
    build: multibosLab,
  },
  {
    id: 'large-lab',
    title: 'Large lab',
    description: 'Three partitions and a shelf, 18 disks: aixlab01 (console, datavg on two disks), aixlab02 (mirrored rootvg, appvg), aixlab03 (7200-05-04, dbvg), two spares on the shelf.',
    build: largeLab,
  },
  {
    id: 'nim-lab',
    title: 'NIM lab: nimadm migration',
    description: 'NIM master aixnim01 (AIX 7300-01-01-2246, lpp_source lpp73, SPOTs spot73 and spot73tl0, cache VG nimadmvg) and its client aixlab01 on 7200-05-03-2148 with hdisk1 free. The console starts on the master.',
    build: nimLab,
  },
];

export function findScenario(id: string): ScenarioInfo | null {
  return SCENARIOS.find((s) => s.id === id) ?? null;
}
