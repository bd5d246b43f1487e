// multibos transcripts as goldens. Verified lines (docs/multibos.md): the header, the banners, the
// LV creation, Boot Partition Processing, the unmount order, Bootlist Processing and the Return Status come
// from real AIX 6.1 captures; "Creating … file system", "Mounting …" and "Copy Files" are modelled after
// their counterparts. IBM, "Standby BOS setup operation":
// https://www.ibm.com/docs/en/aix/7.3.0?topic=utility-standby-bos-setup-operation
import { describe, expect, it } from 'vitest';
import { lab, runChecked as run } from '../testing/lab.ts';

const SETUP = `Initializing multibos methods ...
Initializing log /etc/multibos/logs/op.alog ...
Gathering system information ...
+-----------------------------------------------------------------------------+
Setup Operation
+-----------------------------------------------------------------------------+
Verifying operation parameters ...
Creating image.data file ...

+-----------------------------------------------------------------------------+
Logical Volumes
+-----------------------------------------------------------------------------+
Creating standby BOS logical volume bos_hd5
Creating standby BOS logical volume bos_hd4
Creating standby BOS logical volume bos_hd2
Creating standby BOS logical volume bos_hd9var
Creating standby BOS logical volume bos_hd10opt

+-----------------------------------------------------------------------------+
File Systems
+-----------------------------------------------------------------------------+
Creating all standby BOS file systems ...
Creating standby BOS file system /bos_inst on logical volume bos_hd4
Creating standby BOS file system /bos_inst/usr on logical volume bos_hd2
Creating standby BOS file system /bos_inst/var on logical volume bos_hd9var
Creating standby BOS file system /bos_inst/opt on logical volume bos_hd10opt

+-----------------------------------------------------------------------------+
Mount Processing
+-----------------------------------------------------------------------------+
Mounting all standby BOS file systems ...
Mounting /bos_inst
Mounting /bos_inst/usr
Mounting /bos_inst/var
Mounting /bos_inst/opt

+-----------------------------------------------------------------------------+
Copy Files
+-----------------------------------------------------------------------------+
Copying files using backup/restore utilities ...
Percentage of files copied:  100.00%

+-----------------------------------------------------------------------------+
Boot Partition Processing
+-----------------------------------------------------------------------------+
Active boot logical volume is hd5.
Standby boot logical volume is bos_hd5.
Creating standby BOS boot image on boot logical volume bos_hd5
bosboot: Boot image is 53276 512 byte blocks.

+-----------------------------------------------------------------------------+
Mount Processing
+-----------------------------------------------------------------------------+
Unmounting all standby BOS file systems ...
Unmounting /bos_inst/opt
Unmounting /bos_inst/var
Unmounting /bos_inst/usr
Unmounting /bos_inst

+-----------------------------------------------------------------------------+
Bootlist Processing
+-----------------------------------------------------------------------------+
Verifying operation parameters ...
Setting bootlist to logical volume bos_hd5 on hdisk0.
ATTENTION: firmware recovery string for standby BLV (bos_hd5):
boot /vdevice/v-scsi@30000002/disk@8100000000000000:4

Log file is /etc/multibos/logs/op.alog
Return Status = SUCCESS
`;

describe('multibos transcripts', () => {
  it('-sX on the reference lab', () => {
    const r = run(lab(), 'multibos -sX');
    expect(r.out).toBe(SETUP);
    expect(r.err).toBe('');
  });

  it('op.alog keeps the last run', () => {
    const s = lab();
    run(s, 'multibos -sX');
    expect(run(s, 'cat /etc/multibos/logs/op.alog').out).toBe(SETUP);
  });
});
