// Rule 9 (issue 10, REFERENCE §12): AIX commands the trainer lacks say they are not simulated (exit 1);
// names AIX lacks keep ksh's "not found." (exit 127); a command missing with its fileset stays "not found".
import { describe, expect, it } from 'vitest';
import { allCommands } from '../commands/registry.ts';
import { shellMessages, trainerMessages } from '../messages/index.ts';
import { UNMODELLED_AIX_COMMANDS, isUnmodelledAixCommand } from './unmodelled.ts';
import { lab } from '../testing/lab.ts';


describe('unmodelled AIX commands', () => {
  it('an AIX command without a model answers "not simulated", exit 1', () => {
    const r = lab().exec('topas');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', 'topas: this AIX command is not simulated in this trainer.\n', 1]);
    expect(lab().exec('mklv -y lv01 datavg 1').stderr).toBe(trainerMessages.commandNotSimulated('mklv') + '\n');
  });

  it('a name AIX lacks is still "not found", exit 127', () => {
    const r = lab().exec('apt-get install foo');
    expect([r.stderr, r.exitCode]).toEqual([shellMessages.notFound('apt-get') + '\n', 127]);
  });

  it('a simulated command whose fileset was removed is "not found", as on AIX', () => {
    const s = lab();
    s.exec('lab fileset remove bos.rte.install');
    expect(s.exec('lslpp -l').stderr).toBe(shellMessages.notFound('lslpp') + '\n');
  });

  it('the list has no duplicates and names no simulated command', () => {
    expect(new Set(UNMODELLED_AIX_COMMANDS).size).toBe(UNMODELLED_AIX_COMMANDS.length);
    const simulated = Object.keys(allCommands()).filter((n) => UNMODELLED_AIX_COMMANDS.includes(n));
    expect(simulated).toEqual([]);
    expect(isUnmodelledAixCommand('lspv')).toBe(false);
    expect(isUnmodelledAixCommand('vmstat')).toBe(true);
  });
});
