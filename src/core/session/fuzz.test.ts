// Budget F1 (design/BUDGETS.md): generated command lines — every known command name with random flags
// and operands, quotes, pipes, ; && ||, redirections, unicode, very long arguments and stray operators —
// each answered with an exit code and text, never an internal error, and the state it leaves opens through
// the load gate (restore.ts) with nothing to repair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../commands/registry.ts';
import { restoreSessionState } from './restore.ts';
import { createSession, newSessionState } from './session.ts';
import type { ExecResult } from './types.ts';

const NAMES = Object.keys(allCommands());
const PATHS = [
  '/', '/etc', '/etc/hosts', '/etc/filesystems', '/tmp', '/tmp/x', '/tmp/core.dump.1', '/var/tmp', '/home/guest/.profile',
  '/alt_inst', '/alt_inst/etc/hosts', '/data/app', '/dev/null', '/dev/hdisk1', '/nonexistent/dir', '.', '..', '~', '-',
  'hdisk0', 'hdisk1', 'hdisk2', 'hdisk3', 'rootvg', 'datavg', 'altinst_rootvg', 'old_rootvg', 'hd4', 'hd5',
  '*', '/etc/*', '/*/h*', '[a-z]*', '/tmp/?', '[!x]*', '[', '/etc/[', 'normal', 'both', '7200-05-03-2148',
  // Names of Object.prototype members, and patterns that take exponential time in a backtracking matcher.
  'constructor', '__proto__', 'toString', 'hasOwnProperty', '/tmp/constructor', '$constructor', '${toString}',
  "'(a+)+b'", "'(a*)*b'", "'\\(a*\\)*\\1b'", '/tmp/*a*a*a*a*a*a*a*a*a*a*b', "'a{255}{255}'",
];
const SEPARATORS = [' | ', ' ; ', ' && ', ' || ', ';', '|', ' > /tmp/out ', ' >> /tmp/out ', ' 2>&1 ', ' 2> /tmp/err ', ' < /etc/hosts ', ' >&2 '];
const STRAY = ['&', '(', ')', '`', '$(', '$((', '<<', ';;', '||', '&&', '|', '>', '<', '2>', '"', "'", '\\', '#', '{', '}', '!', 'for', 'if', '$?', '${', '$HOME', '$UNSET'];

const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789?-+'.split(''));
const flag = fc.oneof(
  letter.map((c) => `-${c}`),
  fc.array(letter, { minLength: 1, maxLength: 5 }).map((cs) => `-${cs.join('')}`),
  fc.constantFrom('--', '-', '+5', '-10', '-n', '-e', '-k', '-d', '-m', '-l', '-r', '-R', '-f', '-p'),
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.integer({ min: -5, max: 99999 }).map(String),
  fc.integer({ min: 500, max: 6000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 20, max: 200 }).map((n) => 'a'.repeat(n)),
);
const quoted = (t: fc.Arbitrary<string>) =>
  fc.oneof(
    t.map((s) => s.replace(/[;&|<>()`$"'\\#]/g, '')),
    t.map((s) => `'${s.replace(/'/g, '')}'`),
    t.map((s) => `"${s.replace(/["`$\\]/g, '')}"`),
    t.map((s) => s.replace(/(.)/g, '\\$1')),
  );
const operand = fc.oneof({ weight: 24, arbitrary: fc.constantFrom(...PATHS) }, { weight: 16, arbitrary: quoted(text) }, { weight: 1, arbitrary: fc.constantFrom(...STRAY) });
const simple = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('FORCE=yes ', 'X=1 ', 'HOME=/tmp ') }),
    fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.constantFrom('nosuchcmd', '/usr/sbin/lspv', 'LSPV', '') }),
    fc.array(fc.oneof(flag, operand), { maxLength: 6 }),
  )
  .map(([env, name, args]) => `${env}${name} ${args.join(' ')}`.trim());
const line = fc
  .tuple(simple, fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), simple), { maxLength: 3 }), fc.oneof({ weight: 9, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...STRAY) }))
  .map(([first, rest, tail]) => first + rest.map(([sep, s]) => sep + s).join('') + (tail ? ' ' + tail : ''));

function check(r: ExecResult): void {
  expect(typeof r.exitCode).toBe('number');
  expect(Number.isInteger(r.exitCode)).toBe(true);
  expect(typeof r.stdout).toBe('string');
  expect(typeof r.stderr).toBe('string');
  expect(r.stdout + r.stderr).not.toContain('trainer: internal error');
}

function expectOpensClean(state: unknown): void {
  const r = restoreSessionState(JSON.parse(JSON.stringify(state)));
  expect(r.ok ? r.value.repaired : r.error).toEqual([]);
}

/** Runs take about 1 s on an idle 2-core machine: room for a CI run under heavy load. */
const SLOW_MACHINE_MS = 60_000;

describe('fuzzed command lines (F1)', () => {
  it('answers 1,200 generated lines in fresh sessions without an internal error, the world valid after each run', () => {
    let lines = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 8, maxLength: 8 }), (batch) => {
        const session = createSession(newSessionState()!);
        for (const l of batch) {
          check(session.exec(l));
          lines++;
        }
        expectOpensClean(session.state());
      }),
      { numRuns: 150 },
    );
    expect(lines).toBeGreaterThanOrEqual(1200);
  }, SLOW_MACHINE_MS);

  it('keeps one shared session sane over 300 lines in a row', () => {
    const session = createSession(newSessionState()!);
    const batch = fc.sample(line, { numRuns: 300 });
    for (const l of batch) check(session.exec(l));
    expectOpensClean(session.state());
    // The console still works afterwards.
    const after = session.exec('echo still here');
    if (session.world().hosts[session.world().console].run) expect(after.stdout).toContain('still here');
  }, SLOW_MACHINE_MS);
});
