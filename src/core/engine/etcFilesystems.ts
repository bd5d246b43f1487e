// /etc/filesystems as text: the stanzas of an ODM rendered in the layout AIX ships, and text parsed
// back into stanzas. fs.ts shows this as the computed etc/filesystems of every installed AIX.
import type { FsStanza } from '../model/types.ts';
import { ownValue } from '../model/own.ts';

const FILESYSTEMS_HEADER = `* COMPONENT_NAME: CMDFS
*
* FUNCTIONS: none
*
* ORIGINS: 27
*
* (C) COPYRIGHT International Business Machines Corp. 1985, 1993
* All Rights Reserved
* Licensed Materials - Property of IBM
*
* US Government Users Restricted Rights - Use, duplication or
* disclosure restricted by GSA ADP Schedule Contract with IBM Corp.
*
*
*
* This version of /etc/filesystems assumes that only the root file system
* is created and ready.  As new file systems are added, change the check,
* mount, free, log, vol and vfs entries for the appropriate stanza.
*
`;

/** The stanzas of a freshly installed AIX (bos.rte's /etc/filesystems), keyed by mount point. */
const BASE_STANZAS: Record<string, { wide: boolean; fields: [string, string][] }> = {
  '/': { wide: true, fields: [['dev', ''], ['vfs', ''], ['log', ''], ['mount', 'automatic'], ['check', 'false'], ['type', 'bootfs'], ['vol', 'root'], ['free', 'true']] },
  '/home': { wide: false, fields: [['dev', ''], ['vol', '"/home"'], ['mount', 'true'], ['check', 'true'], ['free', 'false'], ['vfs', ''], ['log', '']] },
  '/usr': { wide: true, fields: [['dev', ''], ['vfs', ''], ['log', ''], ['mount', 'automatic'], ['check', 'false'], ['type', 'bootfs'], ['vol', '/usr'], ['free', 'false']] },
  '/var': { wide: true, fields: [['dev', ''], ['vfs', ''], ['log', ''], ['mount', 'automatic'], ['check', 'false'], ['type', 'bootfs'], ['vol', '/var'], ['free', 'false']] },
  '/tmp': { wide: false, fields: [['dev', ''], ['vol', '"/tmp"'], ['mount', 'automatic'], ['check', 'false'], ['free', 'false'], ['vfs', ''], ['log', '']] },
  '/admin': { wide: false, fields: [['dev', ''], ['vol', '"/admin"'], ['mount', 'true'], ['check', 'false'], ['free', 'false'], ['vfs', ''], ['log', '']] },
  '/proc': { wide: false, fields: [['dev', ''], ['vol', '"/proc"'], ['mount', 'true'], ['check', 'false'], ['free', 'false'], ['vfs', '']] },
  '/opt': { wide: false, fields: [['dev', ''], ['vol', '"/opt"'], ['mount', 'true'], ['check', 'true'], ['free', 'false'], ['vfs', ''], ['log', '']] },
};

/** /etc/filesystems text for a list of stanzas. Stanzas AIX ships keep their shipped layout; the rest
 *  are written as crfs writes them. */
export function renderFilesystems(stanzas: FsStanza[]): string {
  let out = FILESYSTEMS_HEADER;
  for (const s of stanzas) {
    out += `\n${s.mount}:\n`;
    const base = ownValue(BASE_STANZAS, s.mount);
    const field = (name: string, value: string, wide: boolean) => `        ${name.padEnd(wide ? 16 : 10)}= ${value}\n`;
    if (base) {
      for (const [name, value] of base.fields) {
        if (name === 'log' && !s.log) continue;
        let v = value;
        if (name === 'dev') v = s.dev;
        else if (name === 'vfs') v = s.vfs;
        else if (name === 'log') v = s.log!;
        else if (name === 'mount' && !s.auto) v = 'false';
        out += field(name, v, base.wide);
      }
      continue;
    }
    out += field('dev', s.dev, true);
    out += field('vfs', s.vfs, true);
    if (s.log) out += field('log', s.log, true);
    out += field('mount', s.auto ? 'true' : 'false', true);
    out += field('account', s.account ? 'true' : 'false', true);
  }
  return out;
}

/** Reads /etc/filesystems text back into stanzas; comments, blank lines and unknown attributes are dropped. */
export function parseFilesystems(text: string): FsStanza[] {
  const out: FsStanza[] = [];
  let cur: Record<string, string> | null = null;
  let name = '';
  const close = () => {
    if (!cur || !cur.dev) return;
    const vfs = (['jfs2', 'jfs', 'procfs', 'ahafs'] as const).find((v) => v === cur!.vfs) ?? 'jfs2';
    const log = cur.log && cur.log !== '' ? cur.log : null;
    out.push({ mount: name, dev: cur.dev, vfs, log, auto: cur.mount === 'true' || cur.mount === 'automatic', account: cur.account === 'true' });
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('*')) continue;
    const head = /^(\S+):$/.exec(line);
    if (head) {
      close();
      name = head[1];
      cur = {};
      continue;
    }
    const attr = /^\s+(\w+)\s*=\s*(.*)$/.exec(line);
    if (attr && cur) cur[attr[1]] = attr[2].trim();
  }
  close();
  return out;
}
