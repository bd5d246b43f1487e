// lsps — paging spaces the running ODM defines (paging-type LVs): -a one row per physical volume they
// occupy, -s the total. Active when it is the booted rootvg's paging LV (in use while the system runs,
// model/select.ts lvIsOpen); auto-activated at boot only there, so an awake clone's alt_hd6 shows
// "no no". Layout [M] (messages/diag.ts). Paging use is not modelled: %Used is the 1 % of an idle system.
import { lspsMessages as M } from '../messages/diag.ts';
import { configuredDisks, lvIsOpen, lvPvids, odmOf } from '../model/select.ts';
import { hasFlag } from '../shell/getopt.ts';
import { padLeft, padRight } from '../engine/format.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

type Args = { mode: 'all' | 'summary' | 'one'; name: string | null };
type Space = { name: string; pv: string; vg: string; sizeMB: number; active: boolean; auto: boolean };

export const IDLE_PERCENT_USED = 1;

export const lsps = defineCommand<Args>({
  name: 'lsps',
  synopsis: M.usage,
  summary: 'Lists paging spaces (hd6), their disks, size and whether they are active.',
  manual: `lsps — paging spaces.

  lsps -a        every paging space: physical volume, volume group, size, %used, active, auto
  lsps -s        total paging space and percent used
  lsps hd6       one paging space

The paging space of the rootvg you booted is active; an awake clone's alt_hd6 is defined but
neither active nor activated at boot. Paging use is not simulated (an idle 1 %). -c, -l and -t
are not simulated.`,
  flags: { spec: 'aclst:', notSimulated: 'clt', usage: M.usage,
    meanings: {
      a: 'Every paging space: size, use, whether it is active and automatic.',
      c: 'Colon-separated output.',
      l: 'List format.',
      s: 'A summary: total paging space and the percentage used.',
      t: ['type', 'Only paging spaces of this type (lv or nfs).'],
    },
    operandMeaning: 'The paging space to show (hd6).',
  },
  parse(o) {
    const a = hasFlag(o, 'a');
    const s = hasFlag(o, 's');
    if (a && s) return usage(M.usage);
    if (a || s) return o.operands.length ? usage(M.usage) : ok({ mode: a ? 'all' : 'summary', name: null });
    if (o.operands.length !== 1) return usage(M.usage);
    return ok({ mode: 'one', name: o.operands[0] });
  },
  run(ctx, a) {
    const spaces = pagingSpaces(ctx).filter((s) => a.mode !== 'one' || s.name === a.name);
    if (a.mode === 'one' && spaces.length === 0) {
      ctx.err(M.noSuch(a.name!) + '\n');
      return 1;
    }
    if (a.mode === 'summary') {
      const total = spaces.filter((s) => s.active).reduce((n, s) => n + s.sizeMB, 0);
      ctx.out(`${M.summaryHeader}\n${padLeft(`${total}MB`, 11)}${padLeft(`${IDLE_PERCENT_USED}%`, 19)}\n`);
      return 0;
    }
    const yn = (b: boolean) => (b ? 'yes' : 'no');
    const rows = spaces.map(
      (s) =>
        padRight(s.name, 16) + padRight(s.pv, 18) + padRight(s.vg, 12) + padLeft(`${s.sizeMB}MB`, 8) + padLeft(s.active ? IDLE_PERCENT_USED : 0, 6) +
        padLeft(yn(s.active), 7) + padLeft(yn(s.auto), 6) + padLeft('lv', 6) + padLeft(0, 7),
    );
    ctx.out([M.header, ...rows].join('\n') + '\n');
    return 0;
  },
});

export function pagingSpaces(ctx: CommandContext): Space[] {
  const { world, host } = ctx;
  const odm = odmOf(world, host);
  const disks = configuredDisks(world, host);
  const out: Space[] = [];
  for (const l of odm.lvs.filter((x) => x.type === 'paging')) {
    const [vgid, minor] = l.lvid.split('.');
    const vg = world.vgs[vgid];
    const lv = vg?.lvs.find((x) => x.minor === Number(minor));
    if (!vg || !lv) continue;
    const active = lvIsOpen(host, vg, lv);
    for (const pvid of lvPvids(lv)) {
      const pv = disks.find((d) => d.disk.pvid === pvid)?.odm.name ?? '';
      out.push({ name: l.name, pv, vg: l.vg, sizeMB: lv.lps * vg.ppSizeMB, active, auto: vgid === host.run!.rootVgid });
    }
  }
  return out;
}
