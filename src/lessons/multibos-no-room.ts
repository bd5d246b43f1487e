// Lesson: rootvg has too few free PPs for a standby BOS; find out with the preview, make room by
// adding the free disk to rootvg, then create the standby. Room is judged on the rootvg view.
import { hangDeadEnd, hasFlag, isCommand, ran, vgByName } from '../core/lessons/checker.ts';
import type { SimSnapshot } from '../core/session/snapshot.ts';
import type { Lesson } from '../core/lessons/types.ts';
import { said } from '../core/lessons/vocabulary.ts';

const isMultibos = (c: string) => isCommand(c, 'multibos');
const isPreview = (c: string) => isMultibos(c) && hasFlag(c, 's') && hasFlag(c, 'p');
const rootvg = (s: SimSnapshot) => vgByName(s, 'rootvg');
const hasStandby = (s: SimSnapshot) => rootvg(s)?.lvs.some((l) => l.name === 'bos_hd5') ?? false;

export const multibosNoRoom: Lesson = {
  id: 'multibos-no-room',
  title: 'multibos in a rootvg without room',
  summary: 'The preview says rootvg lacks free partitions for a standby BOS: add the free disk to rootvg, then create it.',
  track: 'recovery',
  scenario: 'multibos-lab',
  intro: `A standby BOS lives in rootvg: it needs as many free physical partitions as hd5, hd4, hd2, hd9var and hd10opt use together. On this server an application file system (/apps) has taken most of rootvg.

Started anyway, the setup fails part-way: mklv cannot place a logical volume (0516-404), multibos reports 0565-003 and 0565-035 and removes what it made. The preview tells you before anything happens. hdisk1 is free.`,
  objectives: [
    said({
      id: 'preview',
      text: 'Preview the standby setup and find out how many free PPs are missing.',
      hint: 'Run `multibos -sXp`: it compares the PPs the standby needs with rootvg\'s free PPs and ends with Return Status: FAILURE here. `lsvg rootvg` shows FREE PPs too.',
      ladder: {
        nudge: 'Ask multibos what it would do, without letting it do anything.',
        concept: '`multibos` -p previews any operation; -s is the setup.',
        blanks: 'multibos -sX__',
      },
      keep: true,
      spec: { saw: { name: 'multibos', flags: 'sp' }, output: { contains: 'not enough free PPs' } },
      whyNotYet: (_s, h) => (ran(h, isPreview) ? 'That preview found enough room: rootvg was already extended.' : 'No multibos preview yet.'),
      focus: () => ['vg:rootvg'],
      solutionLines: [0],
    }),
    said({
      id: 'extend',
      text: 'Give rootvg more free partitions with the free disk hdisk1.',
      hint: 'Run `extendvg rootvg hdisk1`, then `lsvg rootvg`: FREE PPs grows by the size of hdisk1.',
      ladder: {
        nudge: 'Nothing in rootvg can be given up. Which disk is free, and how does a disk join a volume group?',
        concept: '`extendvg` adds a physical volume to a volume group; its partitions become free PPs of the group.',
        blanks: 'extendvg rootvg ______',
      },
      after: 'preview',
      spec: { disk: 'hdisk1', vg: 'rootvg' },
      whyNotYet: () => 'rootvg still has only hdisk0.',
      focus: () => ['vg:rootvg', 'disk:hdisk1'],
      solutionLines: [1],
    }),
    said({
      id: 'create',
      text: 'Create the standby BOS.',
      hint: 'Run `multibos -sX`; `lsvg -l rootvg` then lists bos_hd5, bos_hd4, bos_hd2, bos_hd9var and bos_hd10opt.',
      ladder: {
        nudge: 'There is room now: run the setup for real.',
        concept: '`multibos` -s without -p creates the standby; -X lets it grow file systems it needs.',
        blanks: 'multibos -s__',
      },
      after: 'extend',
      spec: {
        all: [
          { vg: 'rootvg', lv: 'bos_hd5' },
          { saw: { name: 'multibos', flags: 's', notFlags: 'p' }, after: { name: 'extendvg' }, output: { contains: 'Return Status = SUCCESS' } },
        ],
      },
      whyNotYet: (s) => (hasStandby(s) ? 'The standby exists, but it was not created after rootvg was extended.' : 'rootvg has no bos_hd5 yet: no standby BOS.'),
      focus: () => ['vg:rootvg'],
      solutionLines: [2],
    }),
  ],
  solution: ['multibos -sXp', 'extendvg rootvg hdisk1', 'multibos -sX'],
  deadEnd: (s) => hangDeadEnd(s),
  negatives: [
    { objective: 'preview', lines: ['lsvg rootvg'], why: 'lsvg shows free PPs but not what multibos needs' },
    { objective: 'extend', lines: ['multibos -sXp', 'extendvg datavg hdisk1'], why: 'the disk went to datavg, not rootvg' },
    { objective: 'create', lines: ['multibos -sXp', 'multibos -sX', 'extendvg rootvg hdisk1'], why: 'the setup ran before rootvg had room: it failed with 0565-003 and cleaned up' },
  ],
};
