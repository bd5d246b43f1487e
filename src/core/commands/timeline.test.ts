import { describe, expect, it } from 'vitest';
import { lab, run } from '../testing/lab.ts';

describe('timeline', () => {
  it('is a trainer command in help and man', () => {
    const s = lab();
    expect(s.exec('help').stdout).toMatch(/Trainer commands[\s\S]*^ {2}timeline +Trainer: /m);
    expect(run(s, 'man timeline')).toMatchObject({ code: 0, out: expect.stringContaining('a trainer command, not AIX') });
  });

  it('reached by the console it changes nothing and says where it works', () => {
    const s = lab();
    run(s, 'bootlist -m normal hdisk1');
    const before = JSON.stringify(s.world());
    expect(run(s, 'echo x; timeline')).toMatchObject({ code: 1, err: expect.stringContaining('on its own at the prompt') });
    expect(JSON.stringify(s.world().disks)).toBe(JSON.stringify(JSON.parse(before).disks));
    expect(run(s, 'timeline 2')).toMatchObject({ code: 1, err: 'Usage: timeline\n' });
  });
});
