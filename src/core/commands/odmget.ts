// odmget — objects of the running system's customized ODM classes in odmget's stanza form (class name,
// tab-indented "descriptor = value" lines, strings quoted, a blank line after each object [M: the
// format as the authors know it]). CuDv holds the disks, volume groups and logical volumes the ODM
// defines, CuAt their identifiers (pvid, vgserial_id, lvserial_id), CuDep which LV belongs to which VG.
// Everything is derived from model/types.ts Odm; the attribute bookkeeping fields (generic, rep,
// nls_index) are exact only for pvid and otherwise plain placeholders [M].
import { wildcardMatches } from '../shell/glob.ts';
import { odmgetMessages as M } from '../messages/diag.ts';
import { trainerMessages } from '../messages/index.ts';
import { hdiskNumber, isVariedOn, odmOf } from '../model/select.ts';
import { flagValue } from '../shell/getopt.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

type Clause = { field: string; op: '=' | '!=' | 'like'; value: string };
type Args = { criteria: Clause[]; classes: string[] };
type Obj = Record<string, string | number>;

const CLASSES = ['CuDv', 'CuAt', 'CuDep'];
const KNOWN_UNMODELLED = ['PdDv', 'PdAt', 'CuVPD', 'CuPath', 'CuPathAt', 'Config_Rules', 'SWservAt', 'lpp', 'product', 'inventory', 'history', 'SRCsubsys', 'errnotify'];

export const odmget = defineCommand<Args>({
  name: 'odmget',
  synopsis: M.usage,
  summary: 'Prints objects of the ODM classes CuDv, CuAt and CuDep (disks, VGs, LVs).',
  manual: `odmget — objects of the Object Data Manager in stanza form.

  odmget -q name=hdisk1 CuDv                       the disk's customized device object
  odmget -q "name=hdisk1 and attribute=pvid" CuAt  its PVID as the ODM records it
  odmget -q name=rootvg CuDep                      the logical volumes of rootvg
  odmget -q "name like alt_*" CuDv                 alt_ LVs left in the ODM

Criteria combine "descriptor = value", "!=" and "like" (with * and ?) clauses with "and".
The objects are those of the system you booted: each rootvg keeps its own ODM. Only the
CuDv, CuAt and CuDep classes are simulated.`,
  flags: { spec: 'q:', usage: M.usage, operands: [1, Infinity] },
  parse(o) {
    const classes = o.operands;
    for (const c of classes) {
      if (KNOWN_UNMODELLED.includes(c)) return usage(trainerMessages.notSimulated('odmget', `the ${c} object class`));
      if (!CLASSES.includes(c)) return usage(M.noClass(c));
    }
    const q = flagValue(o, 'q');
    const criteria = q === undefined ? [] : parseCriteria(q);
    if (!criteria) return usage(M.badCriteria(q!));
    return ok({ criteria, classes });
  },
  run(ctx, a) {
    const out: string[] = [];
    for (const c of a.classes) {
      for (const o of objects(ctx, c).filter((x) => a.criteria.every((k) => matches(x, k)))) out.push(stanza(c, o));
    }
    if (out.length) ctx.out('\n' + out.join('\n') + '\n');
    return 0;
  },
});

export function parseCriteria(q: string): Clause[] | null {
  const out: Clause[] = [];
  for (const part of q.split(/\s+and\s+/i)) {
    const m = /^\s*([A-Za-z_]+)\s*(!=|=|\blike\b)\s*'?([^']*?)'?\s*$/i.exec(part);
    if (!m || m[3] === '') return null;
    out.push({ field: m[1], op: m[2].toLowerCase() as Clause['op'], value: m[3] });
  }
  return out;
}

function matches(o: Obj, k: Clause): boolean {
  if (!(k.field in o)) return false;
  const v = String(o[k.field]);
  if (k.op === '=') return v === k.value;
  if (k.op === '!=') return v !== k.value;
  return wildcardMatches(k.value, v);
}

function stanza(cls: string, o: Obj): string {
  return `${cls}:\n` + Object.entries(o).map(([k, v]) => `\t${k} = ${typeof v === 'number' ? v : `"${v}"`}\n`).join('');
}

function objects(ctx: CommandContext, cls: string): Obj[] {
  const odm = odmOf(ctx.world, ctx.host);
  const disks = [...odm.disks].sort((x, y) => hdiskNumber(x.name) - hdiskNumber(y.name));
  if (cls === 'CuDv') {
    return [
      ...disks.map((d) => ({ name: d.name, status: d.state === 'Available' ? 1 : 0, chgstatus: 2, ddins: 'scsidisk', location: '', parent: 'vscsi0', connwhere: lunOfDisk(ctx, d.diskId), PdDvLn: 'disk/vscsi/vdisk' })),
      ...odm.vgs.map((v) => ({ name: v.name, status: isVariedOn(ctx.host, v.vgid) ? 1 : 0, chgstatus: 1, ddins: '', location: '', parent: '', connwhere: '', PdDvLn: 'logical_volume/vgsubclass/vgtype' })),
      ...odm.lvs.map((l) => ({ name: l.name, status: 0, chgstatus: 1, ddins: '', location: '', parent: l.vg, connwhere: '', PdDvLn: 'logical_volume/lvsubclass/lvtype' })),
    ];
  }
  if (cls === 'CuAt') {
    const at = (name: string, attribute: string, value: string, nls = 0): Obj => ({ name, attribute, value, type: 'R', generic: nls ? 'D' : '', rep: 's', nls_index: nls });
    return [
      ...disks.filter((d) => d.pvid).map((d) => at(d.name, 'pvid', `${d.pvid}0000000000000000`, 11)),
      ...odm.vgs.flatMap((v) => [at(v.name, 'vgserial_id', v.vgid), ...v.pvids.map((p) => at(v.name, 'pv', `${p}0000000000000000`))]),
      ...odm.lvs.flatMap((l) => [at(l.name, 'lvserial_id', l.lvid), at(l.name, 'type', l.type)]),
    ];
  }
  return odm.vgs.flatMap((v) => odm.lvs.filter((l) => l.vg === v.name).map((l) => ({ name: v.name, dependency: l.name })));
}

/** CuDv connwhere of a vSCSI disk: its LUN as the firmware addresses it. */
function lunOfDisk(ctx: CommandContext, diskId: string): string {
  const slot = ctx.world.disks[diskId]?.location?.slot ?? 0;
  return `8${(slot + 1).toString(16)}0000000000`;
}
