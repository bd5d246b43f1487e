// Lines that used to stall the simulator (issue: "never hang a tab"), typed at the prompt and replayed
// from a shared link: each ends with its answer or a plain trainer message, within a budget of steps
// (shell/budget.ts), never by wall time. The step counts below are what the budget allows, so these
// tests hold on any machine however busy.
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, replayLink, sessionFromLink, type LinkPayload } from '../scenario/link.ts';

/** Tests that spend a whole command's budget: generous time, they count steps, not milliseconds. */
const SLOW = 180_000;
import { restoreSessionState } from '../session/restore.ts';
import { MAX_LINE_OUTPUT, newSessionState } from '../session/session.ts';
import { lab as session } from '../testing/lab.ts';
import { COMMAND_STEPS, WorkBudget } from './budget.ts';
import { compileRegex, programMatches } from './regex.ts';

const FORTY_A = 'a'.repeat(40);
const LONG_NAME = 'a'.repeat(80);
const GREP_LINE = `echo ${FORTY_A} | grep -E '(a+)+b'`;
const GLOB_LINE = 'ls /tmp/*a*a*a*a*a*a*a*a*a*a*b';
const WORK_LIMIT = (prog: string) => `${prog}: stopped by the trainer: this command needed more work than one command may do in the simulator.\n`;


describe('typed at the prompt', () => {
  it('echo 40 a | grep -E (a+)+b answers "no match" (exit 1) in a few thousand steps', () => {
    expect(session().exec(GREP_LINE)).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
    const c = compileRegex('(a+)+b', true);
    if (!c.ok) throw new Error(c.error);
    const budget = new WorkBudget(COMMAND_STEPS);
    programMatches(c.value, FORTY_A, { icase: false, whole: false, word: false }, budget);
    expect(COMMAND_STEPS - budget.remaining()).toBeLessThan(2_000);
  });

  it('the same pattern still finds a line that matches', () => {
    expect(session().exec(`echo ${FORTY_A}b | grep -E '(a+)+b'`).stdout).toBe(`${FORTY_A}b\n`);
  });

  it('ls /tmp/*a*a*...*b against an 80-character file name answers as AIX does', () => {
    const s = session();
    s.exec(`touch /tmp/${LONG_NAME}`);
    expect(s.exec(GLOB_LINE)).toMatchObject({ stdout: '', stderr: 'ls: 0653-341 The file /tmp/*a*a*a*a*a*a*a*a*a*a*b does not exist.\n', exitCode: 2 });
    expect(s.exec('ls /tmp/*a*a*a*a*a*a*a*a*a*a*a').stdout).toBe(`/tmp/${LONG_NAME}\n`);
  });

  it('a back-reference pattern that would backtrack for ever is ended by the trainer (exit 2), the console still works', () => {
    const s = session();
    const r = s.exec(`echo ${'a'.repeat(60)}c | grep '\\(a*\\)*\\(a*\\)*\\(a*\\)*b\\1'`);
    expect(r).toMatchObject({ stdout: '', stderr: WORK_LIMIT('grep'), exitCode: 2 });
    expect(s.exec('echo $?').stdout).toBe('2\n');
    expect(s.exec('echo abab | grep "\\(ab\\)\\1"').stdout).toBe('abab\n');
  }, SLOW);

  it('a pattern too large to compile is refused before it runs', () => {
    expect(session().exec("echo x | grep -E 'a{255}{255}'")).toMatchObject({ stderr: 'grep: the pattern is too large for this trainer to run.\n', exitCode: 2 });
  });

  it('a command that writes without end is ended by its budget', () => {
    // 40 operands of a 256 KB text file: ten million characters, more than one command may write.
    const s = session();
    s.exec(`echo ${'x'.repeat(63)} > /tmp/f`);
    for (let i = 0; i < 6; i++) s.exec('cat /tmp/f /tmp/f /tmp/f /tmp/f > /tmp/g; mv /tmp/g /tmp/f');
    expect(s.exec('wc -c /tmp/f').stdout).toBe('  262144 /tmp/f\n');
    const r = s.exec(`cat ${Array(40).fill('/tmp/f').join(' ')} | wc -c`);
    expect(r.stderr).toBe(WORK_LIMIT('cat'));
  }, SLOW);

  it('one line prints at most MAX_LINE_OUTPUT characters, then the trainer says it cut the rest', () => {
    const s = session();
    s.exec(`echo ${'x'.repeat(1023)} > /tmp/f`);
    for (let i = 0; i < 4; i++) s.exec('cat /tmp/f /tmp/f /tmp/f /tmp/f > /tmp/g; mv /tmp/g /tmp/f');
    const r = s.exec('cat /tmp/f');
    expect(r.stdout.length).toBe(MAX_LINE_OUTPUT);
    expect(r.stderr).toBe('\ntrainer: output cut after 64 KB: one command line may print no more in the simulator.\n');
    expect(r.exitCode).toBe(0);
  });
});

describe('shell variables stay within what a saved lab keeps', () => {
  const NOT_KEPT = (name: string) => `ksh: ${name}: not set: the trainer keeps at most 4000 variables of up to 64 KB each.\n`;

  it('X=$X$X$X$X repeated stops at 64 KB with a plain message; the variable keeps its last value', () => {
    const s = session();
    s.exec('X=aaaaaaaaaaaaaaaa');
    for (let i = 0; i < 6; i++) expect(s.exec('X=$X$X$X$X').exitCode).toBe(0);
    expect(s.exec('X=$X$X$X$X')).toMatchObject({ stderr: NOT_KEPT('X'), exitCode: 1 });
    expect(s.exec('echo $X | wc -c').stdout).toBe('   65537\n');
    expect(s.exec('export Y=$X$X')).toMatchObject({ stderr: NOT_KEPT('Y'), exitCode: 1 });
    const opened = restoreSessionState(JSON.parse(JSON.stringify(s.state())));
    expect(opened.ok && opened.value.repaired).toEqual([]);
  });

  it('a word that expands to more than a command may hold is ended before the command runs', () => {
    const s = session();
    s.exec('X=aaaaaaaaaaaaaaaa');
    for (let i = 0; i < 6; i++) s.exec('X=$X$X$X$X');
    expect(s.exec(`echo ${'$X'.repeat(80)} | wc -c`)).toMatchObject({ stdout: '       0\n', stderr: WORK_LIMIT('ksh') });
  });

  it('the 4001st variable is refused, the others stay', () => {
    const s = session();
    const line = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `v${from + i}=1`).join('; ');
    s.exec(line(0, 2000));
    s.exec(line(2000, 4000));
    const r = s.exec(line(4000, 4200));
    expect(r.stderr).toContain(NOT_KEPT('v4000'));
    expect(s.exec('echo $v1 $v3999 "[$v4000]"').stdout).toBe('1 1 []\n');
    expect(s.exec('unset v1; v4000=1; echo $v4000').stdout).toBe('1\n');
    const opened = restoreSessionState(JSON.parse(JSON.stringify(s.state())));
    expect(opened.ok && opened.value.repaired).toEqual([]);
  }, SLOW);
});

describe('patterns other commands match', () => {
  it('an exclude list with (a+)+b or a runaway back-reference: mksysb -e answers or is ended, never stalls', () => {
    const s = session();
    s.exec(`touch /tmp/${'a'.repeat(40)}`);
    s.exec("echo '(a+)+b' > /etc/exclude.rootvg");
    expect(s.exec('mksysb -e /tmp/x.sysb').stderr).not.toContain('stopped by the trainer');
    s.exec("echo '\\(a*\\)*\\(a*\\)*\\(a*\\)*b\\1' > /etc/exclude.rootvg");
    expect(s.exec('mksysb -e /tmp/x.sysb')).toMatchObject({ stderr: expect.stringContaining(WORK_LIMIT('mksysb')), exitCode: 2 });
  }, SLOW);

  it('odmget -q and lscfg -l with many stars take linear time', () => {
    const s = session();
    const stars = '*0*0*0*0*0*0*0*0*0*0*0*0*0*0*0*0*0*0*0*0*z';
    expect(s.exec(`odmget -q 'value like ${stars}' CuAt`)).toMatchObject({ stdout: '', exitCode: 0 });
    expect(s.exec(`lscfg -l '${stars}'`)).toMatchObject({ stderr: `lscfg: device ${stars} not found.\n`, exitCode: 1 });
  });
});

describe('replayed from a shared link', () => {
  const link = (steps: string[]): LinkPayload => ({ version: 1, scenario: newSessionState()!.scenario, steps });

  it('a link with the hostile grep and glob lines replays to the end with the same answers', () => {
    const payload = link([`touch /tmp/${LONG_NAME}`, GREP_LINE, GLOB_LINE, 'echo done']);
    const encoded = encodeLink(payload);
    if (!encoded.ok) throw new Error(encoded.error.message);
    const decoded = decodeLink(encoded.value);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const s = session();
    const { steps, complete } = replayLink(s, decoded.value);
    expect(complete).toBe(true);
    expect(steps.map((st) => st.result.exitCode)).toEqual([0, 1, 2, 0]);
    expect(steps[3].result.stdout).toBe('done\n');
  });

  it('a link that quadruples a file 30 times stops at the size of /tmp with AIX wording', () => {
    const quadruple = 'cat /tmp/f /tmp/f /tmp/f /tmp/f > /tmp/g; mv /tmp/g /tmp/f';
    const s = session();
    const { steps } = replayLink(s, link(['echo 0123456789012345678901234567890123456789 > /tmp/f', ...Array(30).fill(quadruple), 'df -m /tmp']), { prompts: false });
    const full = steps.findIndex((st) => st.result.stderr.includes('cat: There is not enough space in the file system.'));
    // 41 bytes × 4^12 is more than /tmp's 256 MB: the twelfth copy is the first that cannot be written.
    expect(full).toBe(12);
    const files = s.world().vgs[s.world().hosts[s.world().console].run!.rootVgid].lvs.find((l) => l.fs?.superblockMount === '/tmp')!.fs!;
    expect(JSON.stringify(files).length).toBeLessThan(20_000);
    expect(steps[31].result.stdout).toMatch(/\/dev\/hd3 +256\.00 +\d+\.\d\d +\d+% .* \/tmp\n$/);
    const made = sessionFromLink(link(['echo x > /tmp/f', ...Array(30).fill(quadruple)]));
    expect(made.ok).toBe(true);
  });
});
