// shutdown — REFERENCE §11.6: -F reboots (-r, -c), halts (-h) or only warns (-k) at once; without -F
// (grace period, wall messages) and -i -m -d -l are not simulated; usage on stdout, getopt on stderr.
import { describe, expect, it } from 'vitest';
import { shutdownMessages } from '../messages/boot.ts';
import { shellMessages } from '../messages/index.ts';
import { lab, runChecked as run } from '../testing/lab.ts';
import { shutdown } from './shutdown.ts';

describe('shutdown parse (REFERENCE §11.6)', () => {
  const usageOut = shutdownMessages.usage + '\n';
  it.each([
    [['-Fr'], { kind: 'run', mode: 'reboot' }],
    [['-F', '-r'], { kind: 'run', mode: 'reboot' }],
    [['-Fc'], { kind: 'run', mode: 'reboot' }],
    [['-F'], { kind: 'run', mode: 'halt' }],
    [['-Fh'], { kind: 'run', mode: 'halt' }],
    [['-Frh'], { kind: 'run', mode: 'halt' }],
    [['-Fk'], { kind: 'run', mode: 'warn-only' }],
    [['-Fr', 'now'], { kind: 'run', mode: 'reboot' }],
    [['-Fr', '+5', 'going down'], { kind: 'run', mode: 'reboot' }],
    [['-Fr', '10:30'], { kind: 'run', mode: 'reboot' }],
    [['-Fr', 'message'], { kind: 'run', mode: 'reboot' }],
    [['-f'], { kind: 'error', stdout: usageOut + shutdownMessages.lowerF + '\n', stderr: '' }],
    [['-r', 'reboot'], { kind: 'error', stdout: shutdownMessages.badTime + '\n' + usageOut, stderr: '' }],
    [['-F', '+5x'], { kind: 'error', stdout: usageOut, stderr: '' }],
    [['now', '-Fr'], { kind: 'error', stdout: usageOut, stderr: '' }],
    [['-r'], { kind: 'not-simulated', what: 'a shutdown without -F (grace period and wall messages)' }],
    [['-r', 'now'], { kind: 'not-simulated', what: 'a shutdown without -F (grace period and wall messages)' }],
    [[], { kind: 'not-simulated', what: 'a shutdown without -F (grace period and wall messages)' }],
    [['-Fi'], { kind: 'not-simulated', what: '-i' }],
    [['-Fm'], { kind: 'not-simulated', what: '-m' }],
    [['-Fd'], { kind: 'not-simulated', what: '-d' }],
    [['-Frl'], { kind: 'not-simulated', what: '-l' }],
  ])('%j', (args, value) => expect(shutdown.parse(args)).toEqual({ ok: true, value }));

  it("getopt's complaint is the declaration's usage error: getopt's line on stderr, the usage on stdout", () => {
    expect(shutdown.parse(['-x'])).toEqual({ ok: false, error: { stderr: shellMessages.unknownFlag('getopt', 'x'), stdout: usageOut, exitCode: 1 } });
  });

  it('usage text and error streams (usage on stdout, getopt on stderr)', () => {
    const s = lab();
    expect(run(s, 'shutdown -x')).toEqual({ out: usageOut, err: 'getopt: Not a recognized flag: x\n', code: 1 });
    expect(run(s, 'shutdown -r reboot')).toEqual({
      out: 'shutdown: 0481-063 Specify time as +number or hh:mm.\nUsage: shutdown [ -c][ -d][ -F][ -i][ -k][ -m][ -r][ -hv | -t mmddHHMM[yy]][ + Time][ Message]\n',
      err: '',
      code: 1,
    });
    expect(run(s, 'shutdown -r now').err).toBe('shutdown: a shutdown without -F (grace period and wall messages) is not simulated in this trainer.\n');
    expect(s.world().hosts.aixlab01.power).toBe('running');
  });
});
