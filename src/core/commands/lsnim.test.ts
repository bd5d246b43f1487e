// lsnim on the NIM lab's master: the object list, -t, -c, -l, and the refusals.
import { describe, expect, it } from 'vitest';
import { lab, run } from '../testing/lab.ts';
import { lsnim } from './lsnim.ts';

const s0 = () => lab('nim-lab');

describe('lsnim parse', () => {
  const table: [string[], boolean, string?][] = [
    [[], true],
    [['-l', 'spot73'], true],
    [['-t', 'spot'], true],
    [['-c', 'machines'], true],
    [['-l'], false, 'Usage: lsnim'],
    [['-t', 'spot', '-c', 'resources'], false, 'Usage: lsnim'],
    [['-O', 'spot73'], false, 'not simulated'],
    [['-x'], false, 'Usage: lsnim'],
  ];
  it.each(table)('%j → ok=%s', (args, good, text) => {
    const p = lsnim.parse(args);
    expect(p.ok).toBe(good);
    if (text) expect(JSON.stringify(p)).toContain(text);
  });
});

describe('lsnim', () => {
  it('lists every object: name, class, type', () => {
    const r = run(s0(), 'lsnim');
    expect(r.out.split('\n')[0]).toBe('master              machines        master');
    expect(r.out).toContain('aixlab01            machines        standalone\n');
    expect(r.out).toContain('lpp73               resources       lpp_source\n');
    expect(r.out).toContain('spot73              resources       spot\n');
  });
  it('-t and -c filter; -l shows the attributes', () => {
    const s = s0();
    expect(run(s, 'lsnim -t spot').out).toBe('spot73              resources       spot\nspot73tl0           resources       spot\n');
    expect(run(s, 'lsnim -c machines').out.split('\n').filter(Boolean)).toHaveLength(2);
    const l = run(s, 'lsnim -l spot73').out;
    expect(l.split('\n').slice(0, 3)).toEqual(['spot73:', '   class         = resources', '   type          = spot']);
    expect(l).toContain('   oslevel_s     = 7300-01-01-2246\n');
  });
  it('refuses an unknown object or type, and is not there on the client', () => {
    const s = s0();
    expect(run(s, 'lsnim -l nosuch').err).toContain('no NIM object named "nosuch"');
    expect(run(s, 'lsnim -t mksysb').code).toBe(1);
    run(s, 'lab console aixlab01');
    expect(run(s, 'lsnim').code).toBe(127);
  });
});
