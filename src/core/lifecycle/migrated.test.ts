// The lifecycle of a nimadm-migrated alternate (issue 18): the rule book reads the client's disks when the
// console is on the client. A migration run in phases leaves cloning.phase1 / cloning.phase2, the finished
// one altinstAsleep at the new release; booting it gives onClone.oldAsleep at 7.3, the bootlist back to
// hdisk0 gives fallenBack at 7.2. Waking the newer release on the client needs FORCE=yes (newerRelease).
import { describe, expect, it } from 'vitest';
import { lab, run } from '../testing/lab.ts';
import { lifecycleAsk } from './index.ts';

const MIGRATE = 'nimadm -j nimadmvg -c aixlab01 -s spot73 -l lpp73 -d hdisk1 -Y';

describe('a nimadm migration in the lifecycle machine', () => {
  it('phases, boot into 7.3, fall back to 7.2', () => {
    const s = lab('nim-lab');
    const onClient = (f: () => void) => {
      run(s, 'lab console aixlab01');
      f();
      run(s, 'lab console aixnim01');
    };
    const state = () => s.snapshot().lifecycle.state;
    expect(state()).toBe('noAlternate');
    run(s, MIGRATE + ' -P 1');
    onClient(() => expect(state()).toBe('cloning.phase1'));
    run(s, MIGRATE + ' -P 2-8');
    onClient(() => expect(state()).toBe('cloning.phase2'));
    run(s, MIGRATE + ' -P 9-12');
    run(s, 'lab console aixlab01');
    expect(state()).toBe('altinstAsleep');
    const wake = run(s, 'alt_rootvg_op -W -d hdisk1');
    expect(wake.code).toBe(1);
    const answer = lifecycleAsk('altinstAsleep', { type: 'WAKE', level: 'newerRelease', force: false, booted: false, target: 'altinst_rootvg' });
    expect(answer.ok).toBe(false);
    expect(JSON.stringify(answer)).toContain('"newerRelease"');
    run(s, 'shutdown -Fr');
    expect(state()).toBe('onClone.oldAsleep');
    expect(run(s, 'oslevel -s').out).toBe('7300-01-01-2246\n');
    run(s, 'bootlist -m normal hdisk0');
    run(s, 'shutdown -Fr');
    expect(state()).toBe('fallenBack');
    expect(run(s, 'oslevel -s').out).toBe('7200-05-03-2148\n');
    // Every step on the client followed the rule book: no transition there was a correction from the disks
    // except the console switches themselves.
    const corrected = s.snapshot().lifecycle.recent.filter((t) => t.command.endsWith('(read from the disks)') && !t.command.startsWith('lab console'));
    expect(corrected).toEqual([]);
  });
});
