import { describe, expect, it } from 'vitest';
import type { PreviewChange } from '../../protocol/index.ts';
import { related } from './causes.ts';

const change = (subject: string, to: string | null, kind: PreviewChange['kind'] = 'disk-vg'): PreviewChange => ({ kind, node: null, was: null, host: 'aixlab01', subject, from: null, to, text: '' });

describe('which changes an explained part names', () => {
  const changes = [change('hdisk1', 'altinst_rootvg'), change('normal', 'hdisk1 blv=hd5', 'bootlist'), change('hdisk2', null), change('/alt_inst', '/dev/alt_hd4', 'mount-added')];

  it("a flag's value or an operand names the changes whose subject it is, or what they become", () => {
    expect(related({ kind: 'flag', text: '-d hdisk1', flag: 'd', value: 'hdisk1', label: '-d targetdisks', meaning: '', simulated: true }, changes)).toEqual([0, 1]);
    expect(related({ kind: 'operand', text: '/dev/hdisk2', meaning: '' }, changes)).toEqual([2]);
    expect(related({ kind: 'flag', text: '-d "hdisk1 hdisk2"', flag: 'd', value: 'hdisk1 hdisk2', label: '-d', meaning: '', simulated: true }, changes)).toEqual([0, 1, 2]);
  });

  it('a flag without a value, or a refused one, names none', () => {
    expect(related({ kind: 'flag', text: '-B', flag: 'B', value: null, label: '-B', meaning: '', simulated: true }, changes)).toEqual([]);
    expect(related({ kind: 'bad-flag', text: '-Q', flag: 'Q', meaning: '' }, changes)).toEqual([]);
  });
});
