// Names that are also members of Object.prototype (constructor, toString, hasOwnProperty, valueOf,
// __proto__) are ordinary names to ksh and AIX: as shell variables, file names, VG names and lab host
// names they behave like any other name, or get the usual error, never a native function or an internal error.
import { describe, expect, it } from 'vitest';
import { restoreSessionState } from '../session/restore.ts';
import { lab, lastOf as run } from '../testing/lab.ts';

const PROTO_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'];

const session = () => lab();

describe('shell variables', () => {
  it.each(PROTO_NAMES)('$%s is unset until set: it prints an empty line', (name) => {
    expect(run(`echo "[$${name}]" \${${name}}x`)).toMatchObject({ stdout: '[] x\n', stderr: '', exitCode: 0 });
  });

  it.each(['constructor', 'toString', 'hasOwnProperty'])('%s can be set, exported, listed and unset', (name) => {
    const s = session();
    expect(s.exec(`${name}=one; echo $${name}`).stdout).toBe('one\n');
    expect(s.exec(`export ${name}=two; export`).stdout).toContain(`${name}=two\n`);
    expect(s.exec(`unset ${name}; echo "[$${name}]"`).stdout).toBe('[]\n');
  });

  it('__proto__ stays unset (a saved lab cannot hold that key), without an error', () => {
    expect(run('__proto__=x; echo "[$__proto__]"')).toMatchObject({ stdout: '[]\n', stderr: '' });
  });
});

describe('files', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('/tmp/%s is a plain file', (name) => {
    const s = session();
    expect(s.exec(`cat /tmp/${name}`)).toMatchObject({ stderr: `cat: 0652-050 Cannot open /tmp/${name}.\n`, exitCode: 2 });
    expect(s.exec(`ls /tmp/${name}`).stderr).toBe(`ls: 0653-341 The file /tmp/${name} does not exist.\n`);
    expect(s.exec(`echo hello > /tmp/${name}; cat /tmp/${name}`).stdout).toBe('hello\n');
    expect(s.exec(`ls -l /tmp/${name}`).stdout).toMatch(new RegExp(`^-rw-r--r-- .* 6 .* /tmp/${name}\n$`));
    expect(s.exec(`cp /tmp/${name} /tmp/copy; mv /tmp/copy /tmp/${name}.2; ls /tmp`).stdout).toContain(`${name}.2`);
    expect(s.exec(`rm /tmp/${name}; ls /tmp/${name}`).exitCode).not.toBe(0);
    const opened = restoreSessionState(JSON.parse(JSON.stringify(s.state())));
    expect(opened.ok && opened.value.repaired).toEqual([]);
  });

  it('a directory named constructor holds files', () => {
    expect(run('mkdir -p /tmp/constructor/toString', 'touch /tmp/constructor/toString/x', 'ls -R /tmp/constructor').stdout).toBe(
      '/tmp/constructor:\ntoString\n\n/tmp/constructor/toString:\nx\n',
    );
  });

  it('__proto__ as a file name is refused with touch and ksh wording, never an internal error', () => {
    expect(run('touch /tmp/__proto__')).toMatchObject({ stderr: 'touch: 0652-046 Cannot create /tmp/__proto__.\n', exitCode: 1 });
    expect(run('echo x > /tmp/__proto__').stderr).toContain('ksh: /tmp/__proto__: 0403-005 Cannot create the specified file.\n');
  });
});

describe('volume groups and lab names', () => {
  it.each(PROTO_NAMES)('mkvg -y %s makes a VG that lsvg, varyoffvg, exportvg and importvg -y handle', (name) => {
    const s = session();
    expect(s.exec(`mkvg -y ${name} hdisk1`)).toMatchObject({ stdout: `${name}\n`, exitCode: 0 });
    expect(s.exec('lsvg').stdout).toBe(`rootvg\ndatavg\n${name}\n`);
    expect(s.exec(`lsvg -p ${name}`).stdout).toMatch(new RegExp(`^${name}:\nPV_NAME .*\nhdisk1 `));
    expect(s.exec(`varyoffvg ${name}; exportvg ${name}; lsvg`).stdout).toBe('rootvg\ndatavg\n');
    expect(s.exec(`importvg -y ${name} hdisk1`)).toMatchObject({ stdout: `${name}\n`, exitCode: 0 });
    const opened = restoreSessionState(JSON.parse(JSON.stringify(s.state())));
    expect(opened.ok && opened.value.repaired).toEqual([]);
  });

  it.each(PROTO_NAMES)('lsvg %s is the ODM error when no such VG exists', (name) => {
    const r = run(`lsvg ${name}`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`Unable to find volume group ${name}`);
  });

  it.each(PROTO_NAMES)('lab commands name no host %s', (name) => {
    for (const line of [`lab power off ${name}`, `lab sms ${name}`, `lab disk move hdisk1 ${name}`, `lab disk add 1024 ${name}`]) {
      expect(run(line)).toMatchObject({ stderr: `lab: there is no host called ${name} in this lab.\n`, exitCode: 1 });
    }
    expect(run(`lab fileset remove ${name}`).stderr).toBe(`lab: fileset ${name} is not installed on the running system.\n`);
  });
});

describe('other names read from the learner', () => {
  it('a stanza named constructor in /etc/filesystems is rendered like any stanza crfs writes', () => {
    const s = session();
    s.exec('cp /etc/filesystems /tmp/fs; echo "constructor:" >> /tmp/fs; echo "        dev = /dev/lvx" >> /tmp/fs; cp /tmp/fs /etc/filesystems');
    expect(s.exec('tail -6 /etc/filesystems').stdout).toBe(
      '\nconstructor:\n        dev             = /dev/lvx\n        vfs             = jfs2\n        mount           = false\n        account         = false\n',
    );
  });

  it.each(PROTO_NAMES)('errpt -T %s is a usage error, as any unknown error type', (name) => {
    expect(run(`errpt -T ${name}`)).toMatchObject({ stdout: '', exitCode: 1, stderr: expect.stringMatching(/^Usage: errpt /) });
  });
});
