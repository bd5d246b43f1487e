// lsnim — the NIM database of the master: every object (name, class, type), the objects of one type
// or class, or one object's attributes (-l). The layout follows IBM's lsnim examples; the attribute
// set of each object is the trainer's selection (engine/nim/db.ts). Syntax: IBM Docs, lsnim command
// (https://www.ibm.com/docs/en/ssw_aix_71/com.ibm.aix.cmds3/lsnim.html).
import { findObject, readNimDb, type NimObject } from '../engine/nim/db.ts';
import { columns, lines, padRight } from '../engine/format.ts';
import { nimMessages } from '../messages/nim.ts';
import { flagValue, hasFlag } from '../shell/getopt.ts';
import { defineCommand, ok, usage } from './types.ts';

const SYNOPSIS = `Usage: lsnim [ -c Class | -s Subclass | -t Type ] [ -l | [ -o ] | -O ] [ -Z ]
       lsnim [ -l | -O | -a Attribute ... ] [ -Z ] ObjectName`;

type Args = { long: boolean; type: string | null; cls: string | null; names: string[] };

const row = (o: NimObject) => columns([o.name, o.class, o.type], [20, 16]).replace(/\s+$/, '');

export function longForm(o: NimObject): string {
  const pairs: [string, string][] = [['class', o.class], ['type', o.type], ...o.attrs.filter(([k]) => k !== 'nimadm_phase')];
  return lines([`${o.name}:`, ...pairs.map(([k, v]) => `   ${padRight(k, 14)}= ${v}`)]);
}

export const lsnim = defineCommand<Args>({
  name: 'lsnim',
  fileset: 'bos.sysmgt.nim.master',
  synopsis: SYNOPSIS,
  summary: 'Lists the objects of the NIM database (machines, networks, resources).',
  manual: `lsnim — what the NIM master knows: machines, networks and resources.

  lsnim                 every object: name, class, type
  lsnim -t spot         the objects of one type (spot, lpp_source, standalone ...)
  lsnim -c resources    the objects of one class (machines, networks, resources)
  lsnim -l spot73       one object's attributes (Rstate, location, oslevel_s, alloc_count ...)

Run it on the NIM master. -s, -o, -O, -Z, -a, -p, -P, -q, -L, -g and -m are not simulated.`,
  flags: { spec: 'lc:s:t:oOZa:pPq:L:g:m:', notSimulated: 'soOZapPqLgm', operands: [0, 64], usage: SYNOPSIS,
    meanings: {
      l: 'Long listing: every attribute of the objects named.',
      c: ['Class', 'Only the objects of this class (machines, networks, resources).'],
      s: ['Subclass', 'Only the objects of this subclass.'],
      t: ['Type', 'Only the objects of this type (standalone, lpp_source, spot …).'],
      o: "An AIX flag the trainer does not describe; see IBM's manual.",
      O: "An AIX flag the trainer does not describe; see IBM's manual.",
      Z: 'Colon-separated output, for scripts.',
      a: ['Attribute', 'Show only this attribute of the objects.'],
      p: "An AIX flag the trainer does not describe; see IBM's manual.",
      P: "An AIX flag the trainer does not describe; see IBM's manual.",
      q: ['Operation', 'List the attributes the operation takes (with -t Type or an object).'],
      L: ['Location', "An AIX flag the trainer does not describe; see IBM's manual."],
      g: ['Group', "An AIX flag the trainer does not describe; see IBM's manual."],
      m: ['Member', "An AIX flag the trainer does not describe; see IBM's manual."],
    },
    operandMeaning: 'The NIM objects to list.',
  },
  parse(o) {
    const type = flagValue(o, 't') ?? null;
    const cls = flagValue(o, 'c') ?? null;
    if (type && cls) return usage(SYNOPSIS);
    const long = hasFlag(o, 'l');
    if (long && o.operands.length === 0 && !type && !cls) return usage(SYNOPSIS);
    return ok({ long, type, cls, names: o.operands });
  },
  run(ctx, a) {
    const db = readNimDb(ctx.world, ctx.host) ?? [];
    let objects = db;
    if (a.names.length) {
      const picked: NimObject[] = [];
      for (const name of a.names) {
        const obj = findObject(db, name);
        if (!obj) {
          ctx.err(nimMessages.noObject('lsnim', name) + '\n');
          return 1;
        }
        picked.push(obj);
      }
      objects = picked;
    }
    if (a.type) objects = objects.filter((o) => o.type === a.type);
    if (a.cls) objects = objects.filter((o) => o.class === a.cls);
    if (objects.length === 0 && (a.type || a.cls)) {
      ctx.err(nimMessages.noType('lsnim', a.type ?? a.cls!) + '\n');
      return 1;
    }
    ctx.out(a.long ? objects.map(longForm).join('') : lines(objects.map(row)));
    return 0;
  },
});
