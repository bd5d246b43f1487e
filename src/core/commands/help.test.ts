// help, man and Tab completion list the diagnostic commands added for issue 10 (they read the registry).
import { describe, expect, it } from 'vitest';
import { lab } from '../testing/lab.ts';

const ISSUE_10 = ['emgr', 'errpt', 'installp', 'instfix', 'ipl_varyon', 'lqueryvg', 'lquerypv', 'lscfg', 'lsdev', 'lslpp', 'lsmksysb', 'lspath', 'lsps', 'odmget', 'oslevel', 'prtconf', 'ps', 'restore', 'sysdumpdev', 'uname'];

describe('help, man and completion know the issue-10 commands', () => {
  it.each(ISSUE_10)('%s', (name) => {
    const s = lab();
    expect(s.exec('help').stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    const page = s.exec(`man ${name}`);
    expect(page.exitCode).toBe(0);
    expect(page.stdout).toContain(name);
    expect(s.completions().commands).toContain(name);
  });
});

describe('help points at the course', () => {
  it('names the Lesson tab and its picker, once', () => {
    const out = lab().exec('help').stdout;
    expect(out.match(/^Lessons: .*Lesson tab.*lesson picker/gm)).toHaveLength(1);
  });
});
