// The shell: tokenizing, parsing, expansion, redirections, lists and exit codes, both against a fake
// runtime (to see exactly what reaches a command) and through a real session.
import { describe, expect, it } from 'vitest';
import { err, ok } from '../result.ts';
import { createSession, newSessionState } from '../session/session.ts';
import { compileGlob, expandGlob, globMatches } from './glob.ts';
import { parse } from './parse.ts';
import { runLine, type ShellRuntime, type Stream } from './run.ts';
import { expandFields, tokenize } from './tokenize.ts';

/** A runtime that records each command's argv, env and stdin; `echo`-like commands print their args. */
function fakeRuntime(files: Record<string, string> = {}) {
  const calls: { argv: string[]; env: Record<string, string>; stdin: string; tty: boolean | undefined }[] = [];
  const out: { stream: Stream; text: string }[] = [];
  const vars: Record<string, string> = { HOME: '/' };
  let last = 0;
  const rt: ShellRuntime = {
    lookupVar: (n) => (n === '?' ? String(last) : (vars[n] ?? '')),
    setVar: (n, v) => {
      vars[n] = v;
      return true;
    },
    lastExit: () => last,
    setLastExit: (c) => {
      last = c;
    },
    runCommand(argv, env, stdin, emit, tty) {
      calls.push({ argv, env, stdin, tty });
      if (argv[0] === 'say') emit('stdout', argv.slice(1).join(' ') + '\n');
      if (argv[0] === 'warn') emit('stderr', argv.slice(1).join(' ') + '\n');
      if (argv[0] === 'both') {
        emit('stdout', 'OUT\n');
        emit('stderr', 'ERR\n');
      }
      if (argv[0] === 'upper') emit('stdout', stdin.toUpperCase());
      if (argv[0] === 'fail') return 1;
      return 0;
    },
    readFile: (p) => (p in files ? ok(files[p]) : err(`cannot open ${p}`)),
    writeFile(p, text, append) {
      if (p.startsWith('/ro/')) return err({ message: `cannot create ${p}` });
      files[p] = append ? (files[p] ?? '') + text : text;
      return ok(undefined);
    },
    listDir: (dir) => ({ '': ['a.txt', 'b.txt', '.hidden', 'sub'], sub: ['c.txt'], '/': ['etc', 'tmp'], '/etc': ['hosts', 'motd'] })[dir] ?? null,
    terminal: (stream, text) => {
      out.push({ stream, text });
    },
  };
  const text = (s: Stream) => out.filter((o) => o.stream === s).map((o) => o.text).join('');
  return { rt, calls, files, vars, stdout: () => text('stdout'), stderr: () => text('stderr'), exit: () => last };
}

describe('tokenize and parse', () => {
  it('keeps quoting and recognizes operators', () => {
    const t = tokenize(`a 'b c' "d $X" e\\ f 2>&1 | g >> h; i && j || k`);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    const ops = t.value.filter((x) => x.kind === 'op').map((x) => (x.kind === 'op' ? x.op : ''));
    expect(ops).toEqual(['2>&1', '|', '>>', ';', '&&', '||']);
  });

  it('treats 1> and 2> as operators only at the start of a word', () => {
    const t = tokenize('cmd a2>x 1>y');
    expect(t.ok && t.value.map((x) => (x.kind === 'op' ? x.op : x.segments.map((s) => s.text).join('')))).toEqual(['cmd', 'a2', '>', 'x', '>', 'y']);
  });

  it.each([
    ['ls |', 'newline'],
    ['| ls', '|'],
    ['ls ;; ls', ';;'],
    ['&& ls', '&&'],
    ['ls > ', 'newline'],
    ['ls | | wc', '|'],
  ])('reports a syntax error in %j at %j', (line, token) => {
    const t = tokenize(line);
    expect(t.ok).toBe(true);
    const p = t.ok ? parse(t.value) : null;
    expect(p).toEqual({ ok: false, error: { kind: 'syntax', token } });
  });

  it.each([
    ['ls &', 'running a command in the background (&)'],
    ['(ls)', 'a subshell ( … )'],
    ['cat << EOF', 'a here-document (<<)'],
    ['for i in 1; do ls; done', 'the compound command "for"'],
    ['if true; then ls; fi', 'the compound command "if"'],
    ['{ ls; }', 'the compound command "{"'],
  ])('reports %j as not simulated', (line, what) => {
    const t = tokenize(line);
    const p = t.ok ? parse(t.value) : null;
    expect(p).toEqual({ ok: false, error: { kind: 'unsupported', what } });
  });

  it('reports command substitution from the tokenizer', () => {
    expect(tokenize('echo $(date)')).toEqual({ ok: false, error: { kind: 'unsupported', detail: 'command substitution' } });
    expect(tokenize('echo "`date`"')).toEqual({ ok: false, error: { kind: 'unsupported', detail: 'command substitution' } });
    expect(tokenize('echo $((1+1))')).toEqual({ ok: false, error: { kind: 'unsupported', detail: 'arithmetic expansion $(( ))' } });
  });
});

describe('word expansion', () => {
  const lookup = (n: string) => ({ X: 'a  b', E: '', HOME: '/home/me', '?': '3' })[n] ?? '';
  const fields = (line: string) => {
    const t = tokenize(line);
    if (!t.ok) throw new Error('tokenize');
    return t.value.flatMap((w) => (w.kind === 'word' ? expandFields(w.segments, lookup).map((f) => f.text) : []));
  };
  it('splits unquoted expansions and keeps quoted ones whole', () => {
    expect(fields('$X "$X" \'$X\'')).toEqual(['a', 'b', 'a  b', '$X']);
  });
  it('drops an unquoted empty expansion but keeps an empty quoted word', () => {
    expect(fields('$E x "" "$E"')).toEqual(['x', '', '']);
  });
  it('expands ~, $? and ${NAME}', () => {
    expect(fields('~ ~/x $? ${HOME}/y pre$E')).toEqual(['/home/me', '/home/me/x', '3', '/home/me/y', 'pre']);
  });
  it('keeps an escaped dollar inside double quotes', () => {
    expect(fields('"\\$X" "a\\\\b"')).toEqual(['$X', 'a\\b']);
  });
  it('marks only unquoted metacharacters for globbing', () => {
    const t = tokenize('*.txt "*".txt \\*.txt');
    if (!t.ok) throw new Error('tokenize');
    const globs = t.value.map((w) => (w.kind === 'word' ? expandFields(w.segments, lookup)[0].glob : null));
    expect(globs).toEqual(['*.txt', null, null]);
  });
});

describe('globbing', () => {
  const list = (dir: string) => ({ '': ['a.txt', 'b.txt', '.hidden', 'sub'], sub: ['c.txt', 'd.log'], '/': ['etc', 'tmp'], '/etc': ['hosts', 'motd'], '/tmp': ['hosts'] })[dir] ?? null;
  it.each([
    ['*.txt', ['a.txt', 'b.txt']],
    ['*', ['a.txt', 'b.txt', 'sub']],
    ['.*', ['.hidden']],
    ['?.txt', ['a.txt', 'b.txt']],
    ['[ab].txt', ['a.txt', 'b.txt']],
    ['[!a].txt', ['b.txt']],
    ['sub/*.log', ['sub/d.log']],
    ['/etc/h*', ['/etc/hosts']],
    ['/*/hosts', ['/etc/hosts', '/tmp/hosts']],
  ])('%s matches %j', (pattern, expected) => {
    expect(expandGlob(pattern, list)).toEqual(expected);
  });
  it('returns null when nothing matches (the word stays as typed)', () => {
    expect(expandGlob('*.none', list)).toBeNull();
    expect(expandGlob('/nodir/*', list)).toBeNull();
  });
  it('treats an unterminated bracket as a literal', () => {
    expect(globMatches(compileGlob('[ab'), '[ab')).toBe(true);
  });
});

describe('runLine with a fake runtime', () => {
  it('passes NAME=value prefixes to the command environment only', () => {
    const f = fakeRuntime();
    runLine('FORCE=yes say hi', f.rt);
    expect(f.calls[0].env).toEqual({ FORCE: 'yes' });
    expect(f.vars.FORCE).toBeUndefined();
    runLine('FORCE=no', f.rt);
    expect(f.vars.FORCE).toBe('no');
  });

  it('pipes stdout to the next stdin and tells the last command it writes to the terminal', () => {
    const f = fakeRuntime();
    runLine('say abc | upper', f.rt);
    expect(f.stdout()).toBe('ABC\n');
    expect(f.calls.map((c) => c.tty)).toEqual([false, true]);
    runLine('say x > /f', f.rt);
    expect(f.calls[2].tty).toBe(false);
  });

  it('orders redirections left to right: 2>&1 >file sends stderr to the terminal', () => {
    const f = fakeRuntime();
    runLine('both 2>&1 > /out', f.rt);
    expect(f.files['/out']).toBe('OUT\n');
    expect(f.stdout()).toBe('ERR\n');
    const g = fakeRuntime();
    runLine('both > /out 2>&1', g.rt);
    expect(g.files['/out']).toBe('OUT\nERR\n');
    expect(g.stdout() + g.stderr()).toBe('');
  });

  it('truncates with >, appends with >>, and creates the file even without output', () => {
    const f = fakeRuntime({ '/f': 'old\n' });
    runLine('say new >> /f', f.rt);
    expect(f.files['/f']).toBe('old\nnew\n');
    runLine('fail > /f', f.rt);
    expect(f.files['/f']).toBe('');
  });

  it('stops before running the command when a redirection cannot be opened', () => {
    const f = fakeRuntime();
    expect(runLine('say x > /ro/f', f.rt)).toBe(1);
    expect(f.calls).toHaveLength(0);
    expect(f.stderr()).toBe('cannot create /ro/f\n');
    expect(runLine('upper < /missing', f.rt)).toBe(1);
    expect(f.stderr()).toContain('cannot open /missing');
  });

  it('feeds < files to stdin and >&2 sends stdout to stderr', () => {
    const f = fakeRuntime({ '/in': 'text\n' });
    runLine('upper < /in', f.rt);
    expect(f.stdout()).toBe('TEXT\n');
    runLine('say oops >&2', f.rt);
    expect(f.stderr()).toBe('oops\n');
  });

  it('runs && and || by exit status, and $? follows the last pipeline', () => {
    const f = fakeRuntime();
    runLine('fail && say no || say yes', f.rt);
    expect(f.stdout()).toBe('yes\n');
    runLine('fail; say $?', f.rt);
    expect(f.stdout()).toBe('yes\n1\n');
    runLine('say a | fail', f.rt);
    expect(f.exit()).toBe(1);
    runLine('true || fail && say ran', f.rt);
    expect(f.stdout()).toBe('yes\n1\nran\n');
  });

  it('expands globs through the runtime', () => {
    const f = fakeRuntime();
    runLine('say *.txt "*.txt" none*', f.rt);
    expect(f.stdout()).toBe('a.txt b.txt *.txt none*\n');
  });

  it('sets $? to 2 after a syntax error and 1 after unsupported syntax', () => {
    const f = fakeRuntime();
    expect(runLine('say |', f.rt)).toBe(2);
    expect(f.stderr()).toBe("ksh: 0403-057 Syntax error: `newline' is not expected.\n");
    expect(runLine("say 'open", f.rt)).toBe(2);
    expect(f.stderr()).toContain("ksh: 0403-057 Syntax error: `'' is not matched.\n");
    expect(runLine('say &', f.rt)).toBe(1);
    expect(f.stderr()).toContain('ksh: running a command in the background (&) is not simulated in this trainer.\n');
    expect(f.calls).toHaveLength(0);
  });
});

describe('the shell in a session', () => {
  const session = () => createSession(newSessionState()!);
  it('writes and reads simulated files through redirections', () => {
    const s = session();
    s.exec('lspv > /tmp/x');
    const r = s.exec('cat /tmp/x');
    expect(r.stdout).toBe(s.exec('lspv').stdout);
    expect(s.exec('echo more >> /tmp/x; tail -1 /tmp/x').stdout).toBe('more\n');
  });

  it('answers 127 for an unknown command and a syntax error with 2', () => {
    const s = session();
    const r = s.exec('nosuchcmd -x');
    expect(r).toMatchObject({ stderr: 'ksh: nosuchcmd:  not found.\n', exitCode: 127 });
    expect(s.exec('echo $?').stdout).toBe('127\n');
    expect(s.exec('ls ;;').exitCode).toBe(2);
    expect(s.exec('echo $?').stdout).toBe('2\n');
  });

  it('prints the errno line and 0403-005 for an output file it cannot create', () => {
    const r = session().exec('echo x > /nodir/f');
    expect(r.stderr).toBe('A file or directory in the path name does not exist.\nksh: /nodir/f: 0403-005 Cannot create the specified file.\n');
    expect(r.exitCode).toBe(1);
  });

  it('prints 0403-016 for an input file it cannot open', () => {
    const r = session().exec('cat < /nofile');
    expect(r.stderr).toBe('A file or directory in the path name does not exist.\nksh: /nofile: 0403-016 Cannot find or open the file.\n');
  });

  it('2>&1 sends a command error into the pipe', () => {
    const s = session();
    expect(s.exec('lspv hdisk9 2>&1 | wc -l').stdout).toBe('       2\n');
    expect(s.exec('lspv hdisk9 2>/dev/null').stderr).toBe('');
  });

  it('globs against the simulated file systems and leaves a non-match alone', () => {
    const s = session();
    expect(s.exec('echo /etc/h*').stdout).toBe('/etc/hosts\n');
    expect(s.exec('echo /etc/*.nomatch').stdout).toBe('/etc/*.nomatch\n');
    expect(s.exec('cd /etc; echo m*').stdout).toBe('motd\n');
  });

  it('export and unset change what later commands see', () => {
    const s = session();
    s.exec('export FORCE=yes');
    expect(s.exec('echo $FORCE').stdout).toBe('yes\n');
    expect(s.exec('export').stdout).toBe('FORCE=yes\n');
    s.exec('unset FORCE');
    expect(s.exec('echo "[$FORCE]"').stdout).toBe('[]\n');
    expect(s.exec('export 1x').stderr).toBe('ksh: 1x: is not an identifier\n');
  });
});
