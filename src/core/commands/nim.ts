// nim — operations on NIM objects, run on the master. Syntax as IBM documents it
// (nim { -o Operation } [ -F ] [ -t Type ] [ -a Attribute=Value ... ] ObjectName,
// https://ibm.com/docs/ssw_aix_73/n_commands/nim.html). The trainer models what an alternate disk migration
// needs: define (lpp_source, spot), allocate, deallocate and check of those resources; every other
// operation and type says it is not simulated. The answers are the trainer's own (no 0042 text verified).
import { allocate, attr, deallocate, findObject, readNimDb, setAttr, validNimName, writeNimDb, type NimObject } from '../engine/nim/db.ts';
import { findImages } from '../engine/altdisk/install.ts';
import { nimMessages as M } from '../messages/nim.ts';
import { trainerMessages } from '../messages/index.ts';
import { flagValue } from '../shell/getopt.ts';
import { defineCommand, ok, usage, type CommandContext } from './types.ts';

const SYNOPSIS = 'Usage: nim { -o Operation } [ -F ] [ -t Type ] [ -a Attribute=Value ... ] ObjectName';
const OPERATIONS = ['define', 'allocate', 'deallocate', 'check'] as const;
type Operation = (typeof OPERATIONS)[number];

export interface NimArgs {
  op: Operation;
  type: string | null;
  attrs: [string, string][];
  target: string;
}

export const nim = defineCommand<NimArgs>({
  name: 'nim',
  fileset: 'bos.sysmgt.nim.master',
  synopsis: SYNOPSIS,
  summary: 'Performs operations on NIM objects (define, allocate, deallocate, check).',
  manual: `nim — operations on the objects of the NIM database (see lsnim). Run it on the NIM master.

  nim -o define -t lpp_source -a server=master -a location=/export/nim/lpp_source/lpp73 lpp73
  nim -o define -t spot -a server=master -a location=/export/nim/spot -a source=lpp73 spot73
  nim -o allocate -a lpp_source=lpp73 -a spot=spot73 aixlab01
  nim -o deallocate -a subclass=all aixlab01     (or -a lpp_source=lpp73, -a spot=spot73)
  nim -o check spot73                             verifies a resource: Rstate = ready for use

An lpp_source needs a directory of installation images (a .toc); a SPOT is built from an lpp_source
and takes its level. nimadm allocates what it needs itself and deallocates it at the end (phase 12).
Other operations (bos_inst, cust, alt_disk_mig, remove, reset ...) and other object types are not
simulated in this trainer; -F changes nothing here.`,
  flags: { spec: 'o:Ft:a:', operands: [1, 1], usage: SYNOPSIS,
    // IBM's nim command page (ssw_aix_73/n_commands/nim.html), Flags table.
    meanings: {
      o: ['Operation', 'The operation to perform on the object (define, allocate, deallocate, check here).'],
      F: 'Override some of NIM\'s safety checks.',
      t: ['Type', 'The type of the object being defined (lpp_source or spot here).'],
      a: ['Attribute=Value', 'Assign a value to an attribute of the operation (location=, server=, source=, spot=, subclass=all …).'],
    },
    operandMeaning: 'The NIM object the operation is performed on.',
  },
  parse(o) {
    const op = flagValue(o, 'o');
    if (!op) return usage(SYNOPSIS);
    if (!(OPERATIONS as readonly string[]).includes(op)) return usage(trainerMessages.notSimulated('nim', `the ${op} operation`));
    const attrs: [string, string][] = [];
    for (const { flag, value } of o.all) {
      if (flag !== 'a' || typeof value !== 'string') continue;
      const eq = value.indexOf('=');
      if (eq <= 0) return usage(M.badAttr('nim', value));
      attrs.push([value.slice(0, eq), value.slice(eq + 1)]);
    }
    return ok({ op: op as Operation, type: flagValue(o, 't') ?? null, attrs, target: o.operands[0] });
  },
  run(ctx, a) {
    const db = readNimDb(ctx.world, ctx.host);
    if (!db) return fail(ctx, M.noObject('nim', 'master'));
    const code = a.op === 'define' ? define(ctx, db, a) : a.op === 'check' ? check(ctx, db, a.target) : allocation(ctx, db, a);
    if (code === 0) writeNimDb(ctx.world, ctx.host, db);
    return code;
  },
});

function fail(ctx: CommandContext, text: string): number {
  ctx.err(text + '\n');
  return 1;
}

const get = (a: NimArgs, key: string) => a.attrs.find(([k]) => k === key)?.[1] ?? null;

function define(ctx: CommandContext, db: NimObject[], a: NimArgs): number {
  if (a.type !== 'lpp_source' && a.type !== 'spot') return fail(ctx, trainerMessages.notSimulated('nim', `defining a ${a.type ?? 'object without -t'}`));
  if (!validNimName(a.target)) return fail(ctx, M.badAttr('nim', a.target));
  if (findObject(db, a.target)) return fail(ctx, M.exists('nim', a.target));
  const location = get(a, 'location');
  if (!location) return fail(ctx, M.missingAttr('nim', 'location'));
  if (get(a, 'server') !== 'master') return fail(ctx, M.missingAttr('nim', 'server=master'));
  if (a.type === 'lpp_source') {
    if (!findImages(ctx.world, ctx.host, location)) return fail(ctx, M.noImages('nim', location));
    ctx.wait(30_000);
    db.push({ name: a.target, class: 'resources', type: 'lpp_source', attrs: [['arch', 'power'], ['Rstate', 'ready for use'], ['prev_state', 'unavailable for use'], ['location', location], ['simages', 'yes'], ['alloc_count', '0'], ['server', 'master']] });
    return 0;
  }
  const sourceName = get(a, 'source');
  if (!sourceName) return fail(ctx, M.missingAttr('nim', 'source'));
  const source = findObject(db, sourceName);
  if (!source || source.type !== 'lpp_source') return fail(ctx, M.wrongType('nim', sourceName, 'lpp_source'));
  const images = findImages(ctx.world, ctx.host, attr(source, 'location') ?? '');
  if (!images) return fail(ctx, M.noImages('nim', attr(source, 'location') ?? ''));
  ctx.out(M.spotCreating(a.target, source.name) + '\n');
  ctx.wait(20 * 60_000);
  const level = images.level;
  db.push({
    name: a.target,
    class: 'resources',
    type: 'spot',
    attrs: [['plat_defined', 'chrp'], ['arch', 'power'], ['Rstate', 'ready for use'], ['location', `${location.replace(/\/$/, '')}/${a.target}/usr`], ['version', level[0]], ['release', level[1]], ['mod', String(Number(level.slice(5, 7)))], ['oslevel_r', level.slice(0, 7)], ['oslevel_s', level], ['alloc_count', '0'], ['server', 'master']],
  });
  return 0;
}

function check(ctx: CommandContext, db: NimObject[], name: string): number {
  const obj = findObject(db, name);
  if (!obj) return fail(ctx, M.noObject('nim', name));
  if (obj.type !== 'lpp_source' && obj.type !== 'spot') return fail(ctx, trainerMessages.notSimulated('nim', `check of a ${obj.type}`));
  if (obj.type === 'lpp_source' && !findImages(ctx.world, ctx.host, attr(obj, 'location') ?? '')) {
    setAttr(obj, 'Rstate', 'unavailable for use');
  } else setAttr(obj, 'Rstate', 'ready for use');
  ctx.wait(obj.type === 'spot' ? 120_000 : 20_000);
  ctx.out(M.checked(name, attr(obj, 'Rstate')!) + '\n');
  return 0;
}

function allocation(ctx: CommandContext, db: NimObject[], a: NimArgs): number {
  const client = findObject(db, a.target);
  if (!client || client.type !== 'standalone') return fail(ctx, M.notAClient('nim', a.target));
  if (a.attrs.length === 0) return fail(ctx, M.missingAttr('nim', 'resource=name'));
  for (const [key, value] of a.attrs) {
    if (a.op === 'deallocate' && key === 'subclass' && value === 'all') {
      for (const t of ['lpp_source', 'spot']) {
        const res = findObject(db, attr(client, t) ?? '');
        if (res) deallocate(client, res);
      }
      continue;
    }
    if (key !== 'lpp_source' && key !== 'spot') return fail(ctx, trainerMessages.notSimulated('nim', `allocating a ${key} resource`));
    const res = findObject(db, value);
    if (!res || res.type !== key) return fail(ctx, M.wrongType('nim', value, key));
    const held = attr(client, key);
    if (a.op === 'allocate') {
      if (held === value) return fail(ctx, M.allocated('nim', value, client.name));
      if (held) return fail(ctx, M.allocated('nim', held, client.name));
      allocate(client, res);
    } else {
      if (held !== value) return fail(ctx, M.notAllocated('nim', value, client.name));
      deallocate(client, res);
    }
  }
  ctx.wait(3000);
  return 0;
}
