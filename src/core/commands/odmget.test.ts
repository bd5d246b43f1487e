// odmget — stanza form and the objects derived from the running ODM (format per odmget.ts [M]; the
// pvid attribute's 16 trailing zeros as in REFERENCE §2.13's lsattr value).
import { describe, expect, it } from 'vitest';
import { odmgetMessages as M } from '../messages/diag.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { odmget, parseCriteria } from './odmget.ts';
import { lab } from '../testing/lab.ts';


describe('odmget parse', () => {
  it.each([
    [['CuDv'], { ok: true, value: { criteria: [], classes: ['CuDv'] } }],
    [['-q', 'name=hdisk0', 'CuAt'], { ok: true, value: { criteria: [{ field: 'name', op: '=', value: 'hdisk0' }], classes: ['CuAt'] } }],
    [['-q', "name like 'alt_*' and parent != rootvg", 'CuDv'], { ok: true, value: { criteria: [{ field: 'name', op: 'like', value: 'alt_*' }, { field: 'parent', op: '!=', value: 'rootvg' }], classes: ['CuDv'] } }],
    [[], { ok: false, error: { stderr: M.usage, exitCode: 1 } }],
    [['-q', 'name', 'CuDv'], { ok: false, error: { stderr: M.badCriteria('name'), exitCode: 1 } }],
    [['PdDv'], { ok: false, error: { stderr: trainerMessages.notSimulated('odmget', 'the PdDv object class'), exitCode: 1 } }],
    [['Nope'], { ok: false, error: { stderr: M.noClass('Nope'), exitCode: 1 } }],
    [['-q'], { ok: false, error: { stderr: `${shellMessages.flagNeedsArg('odmget', 'q')}\n${M.usage}`, exitCode: 1 } }],
  ])('%j', (args, expected) => expect(odmget.parse(args)).toEqual(expected));

  it('criteria clauses', () => {
    expect(parseCriteria('name = hdisk1 AND attribute = pvid')).toHaveLength(2);
    expect(parseCriteria('name=')).toBeNull();
  });
});

describe('odmget run', () => {
  it('CuAt pvid of hdisk0, in stanza form', () => {
    expect(lab().exec("odmget -q 'name=hdisk0 and attribute=pvid' CuAt").stdout).toBe(
      '\nCuAt:\n\tname = "hdisk0"\n\tattribute = "pvid"\n\tvalue = "00f6db0a6c7aece50000000000000000"\n\ttype = "R"\n\tgeneric = "D"\n\trep = "s"\n\tnls_index = 11\n\n',
    );
  });

  it('CuDv of a disk; CuDep of datavg; nothing matched prints nothing', () => {
    const s = lab();
    expect(s.exec('odmget -q name=hdisk1 CuDv').stdout).toContain('\tstatus = 1\n\tchgstatus = 2\n\tddins = "scsidisk"\n\tlocation = ""\n\tparent = "vscsi0"\n\tconnwhere = "820000000000"\n\tPdDvLn = "disk/vscsi/vdisk"\n');
    expect(s.exec('odmget -q name=datavg CuDep').stdout).toBe('\nCuDep:\n\tname = "datavg"\n\tdependency = "loglv00"\n\nCuDep:\n\tname = "datavg"\n\tdependency = "fslv00"\n\n');
    expect(s.exec('odmget -q name=nothing CuDv')).toMatchObject({ stdout: '', exitCode: 0 });
  });

  it('a woken clone leaves alt_ LVs in CuDv; rmdev -l hdisk3 turns its status to 0', () => {
    const s = lab();
    s.exec('alt_disk_copy -P 1 -d hdisk1');
    expect(s.exec("odmget -q 'name like alt_hd*' CuDv").stdout).toContain('\tname = "alt_hd5"\n\tstatus = 0\n\tchgstatus = 1\n\tddins = ""\n\tlocation = ""\n\tparent = "altinst_rootvg"\n');
    s.exec('rmdev -l hdisk3');
    expect(s.exec('odmget -q name=hdisk3 CuDv').stdout).toContain('\tstatus = 0\n');
  });
});
