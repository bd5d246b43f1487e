// sort — byte order, numeric, reverse, unique, folded, by key and separator, into a file.
import { describe, expect, it } from 'vitest';
import { lastOf as run, parseMismatches } from '../testing/lab.ts';
import { sort } from './sort.ts';

const SORT_USAGE =
  'Usage:   sort\t[-Abcdfimnru] [-T Directory] [-t Character] [-o File]\n\t\t[-y[Kilobytes]] [-z Recordsize] [-k Keydefinition]...\n\t\t[[+Position1][-Position2]]... [File]...';

describe('sort', () => {
  it('parses its table', () => {
    expect(parseMismatches(sort, [
      [['-nr', '-k', '2', '-t:'], null],
      [['-k', '0'], SORT_USAGE, 2],
      [['-c'], 'sort: -c is not simulated in this trainer.', 2],
      [['+1'], 'sort: +Position is not simulated in this trainer.', 2],
      [['-t', 'ab'], SORT_USAGE, 2],
    ])).toEqual([]);
  });

  it('byte order, -r, -n, -u, -f, -k, -t, -o', () => {
    expect(run('echo "b\\na\\nB" | sort').stdout).toBe('B\na\nb\n');
    expect(run('echo "b\\na\\nB" | sort -f').stdout).toBe('a\nB\nb\n');
    expect(run('echo "10\\n9\\n100" | sort -n').stdout).toBe('9\n10\n100\n');
    expect(run('echo "10\\n9\\n100" | sort -rn').stdout).toBe('100\n10\n9\n');
    expect(run('echo "a\\na\\nb" | sort -u').stdout).toBe('a\nb\n');
    expect(run('echo "x 3\\ny 1\\nz 2" | sort -k 2n').stdout).toBe('y 1\nz 2\nx 3\n');
    expect(run('echo "x:3\\ny:1" | sort -t: -k2').stdout).toBe('y:1\nx:3\n');
    expect(run('echo "b\\na" | sort -o /tmp/s', 'cat /tmp/s').stdout).toBe('a\nb\n');
  });

  it('reports a file it cannot open', () => {
    expect(run('sort /nofile')).toMatchObject({ stderr: 'sort: 0653-655 Cannot open /nofile\n', exitCode: 2 });
  });
});
