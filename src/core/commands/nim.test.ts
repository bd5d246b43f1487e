// nim on the NIM lab's master: define (lpp_source, spot), allocate, deallocate, check; the rest is not
// simulated. Also the NIM database parser against hostile text.
import { describe, expect, it } from 'vitest';
import { formatNimDb, parseNimDb } from '../engine/nim/db.ts';
import { lab, run } from '../testing/lab.ts';
import { nim } from './nim.ts';

const s0 = () => lab('nim-lab');

describe('nim parse', () => {
  const table: [string[], boolean, string?][] = [
    [['-o', 'allocate', '-a', 'lpp_source=lpp73', 'aixlab01'], true],
    [['-o', 'define', '-t', 'spot', '-a', 'server=master', '-a', 'location=/export/nim/spot', '-a', 'source=lpp73', 'spot2'], true],
    [['-o', 'check', 'spot73'], true],
    [['-o', 'bos_inst', 'aixlab01'], false, 'not simulated'],
    [['-o', 'allocate', '-a', 'lpp73', 'aixlab01'], false, 'is not an attribute=value pair'],
    [['-o', 'check'], false, 'Usage: nim'],
    [['aixlab01'], false, 'Usage: nim'],
  ];
  it.each(table)('%j → ok=%s', (args, good, text) => {
    const p = nim.parse(args);
    expect(p.ok).toBe(good);
    if (text) expect(JSON.stringify(p)).toContain(text);
  });
});

describe('nim operations', () => {
  it('allocate and deallocate change alloc_count and the client', () => {
    const s = s0();
    expect(run(s, 'nim -o allocate -a lpp_source=lpp73 -a spot=spot73 aixlab01').code).toBe(0);
    expect(run(s, 'lsnim -l aixlab01').out).toContain('   lpp_source    = lpp73\n   spot          = spot73\n');
    expect(run(s, 'lsnim -l lpp73').out).toContain('alloc_count   = 1');
    expect(run(s, 'nim -o allocate -a spot=spot73tl0 aixlab01').err).toContain('spot73 is already allocated to aixlab01');
    expect(run(s, 'nim -o deallocate -a subclass=all aixlab01').code).toBe(0);
    expect(run(s, 'lsnim -l lpp73').out).toContain('alloc_count   = 0');
    expect(run(s, 'nim -o deallocate -a spot=spot73 aixlab01').err).toContain('spot73 is not allocated to aixlab01');
  });
  it('nimadm takes over an allocation of another SPOT and frees everything at phase 12', () => {
    const s = s0();
    run(s, 'nim -o allocate -a spot=spot73tl0 aixlab01');
    expect(run(s, 'nimadm -j nimadmvg -c aixlab01 -s spot73 -l lpp73 -d hdisk1 -Y').code).toBe(0);
    for (const r of ['spot73', 'spot73tl0', 'lpp73']) expect(run(s, `lsnim -l ${r}`).out, r).toContain('alloc_count   = 0');
    expect(run(s, 'lsnim -l aixlab01').out).not.toContain('spot ');
  });
  it('define an lpp_source and a SPOT from it; check', () => {
    const s = s0();
    expect(run(s, 'nim -o define -t lpp_source -a server=master -a location=/export/nim/lpp_source/lpp73 lpp73b').code).toBe(0);
    expect(run(s, 'nim -o define -t lpp_source -a server=master -a location=/tmp lppx').err).toContain('/tmp holds no installation images');
    const r = run(s, 'nim -o define -t spot -a server=master -a location=/export/nim/spot -a source=lpp73b spot73b');
    expect(r.code).toBe(0);
    expect(run(s, 'lsnim -l spot73b').out).toContain('oslevel_s     = 7300-01-01-2246');
    expect(run(s, 'nim -o define -t spot -a server=master -a location=/export/nim/spot -a source=lpp73b spot73b').err).toContain('already exists');
    expect(run(s, 'nim -o check spot73b').out).toContain('spot73b: Rstate = ready for use.');
    expect(run(s, 'nim -o define -t mksysb -a server=master -a location=/tmp/x mk1').err).toContain('not simulated');
  });
});

describe('the NIM database text', () => {
  it('round-trips and ignores what it cannot read', () => {
    const db = parseNimDb(formatNimDb([{ name: 'a', class: 'resources', type: 'spot', attrs: [['oslevel_s', '7300-01-01-2246']] }]));
    expect(db).toEqual([{ name: 'a', class: 'resources', type: 'spot', attrs: [['oslevel_s', '7300-01-01-2246']] }]);
    expect(parseNimDb('garbage\n\u0000:\nx:\n   nothing\n')).toEqual([]);
    expect(parseNimDb('x:\n   type = t\n'.repeat(2000))).toHaveLength(512);
  });
});
