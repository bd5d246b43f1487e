// What the diagram's shapes, borders, badges and lines mean. Samples use the diagram's own classes,
// so the legend always looks like the picture.
import { memo } from 'react';
import './legend.css';

export const Legend = memo(function Legend() {
  return (
    <div className="legend">
      <h2 className="legend__title">Disks</h2>
      <ul className="legend__list">
        <li>
          <span className="legend__swatch legend__swatch--disk dg-box--rootvg" aria-hidden="true" />
          <span>
            <span className="dg-role dg-role--rootvg">rootvg</span> <span className="dg-role dg-role--altinst_rootvg">altinst_rootvg</span>{' '}
            <span className="dg-role dg-role--old_rootvg">old_rootvg</span> <span className="dg-role dg-role--free">free</span>{' '}
            <span className="dg-role dg-role--other">other VG</span>: the role is always written on the disk.
          </span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--disk dg-box--awake" aria-hidden="true" />
          <span>
            Double border and <span className="dg-flag dg-flag--awake">◉ AWAKE</span>: an alternate rootvg that is woken: LVs renamed alt_*, mounted under
            /alt_inst. Put it to sleep before any reboot.
          </span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--disk dg-box--asleep" aria-hidden="true" />
          <span>
            Dashed border and <span className="dg-flag dg-flag--asleep">☾ asleep</span>: an alternate rootvg at rest: safe to reboot onto.
          </span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--disk dg-box--damaged" aria-hidden="true" />
          <span>
            Dotted, hatched border and <span className="dg-flag dg-flag--damaged">⚠ DAMAGED · boot hangs at 0552</span>: an alternate rootvg that cannot
            boot any more (it was rebooted while awake: the running ODM keeps stale alt_ definitions, or its names are doubled). Booting it stops at
            that LED. Remove it with <code>alt_rootvg_op -X</code> and clone again.
          </span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--disk dg-box--booted" aria-hidden="true" />
          <span>
            Thick left bar and <span className="dg-flag dg-flag--booted">▶ booted from</span>: the running system came from this disk.
          </span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--disk dg-box--failed" aria-hidden="true" />
          <span>
            Hatched and <span className="dg-flag dg-flag--failed">✕ FAILED</span>: the disk cannot be read.
          </span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--plain" aria-hidden="true">
            ● / ○
          </span>
          <span>varied on / varied off (its volume group is active or not); boot record: the disk can be booted.</span>
        </li>
      </ul>

      <h2 className="legend__title">Hosts</h2>
      <ul className="legend__list">
        <li>
          <span className="legend__swatch legend__swatch--hung" aria-hidden="true" />
          <span>
            Hatched header and <strong>⚠ HUNG at LED …</strong>: the boot stopped at that code. See the boot console for the ways out.
          </span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--damaged" aria-hidden="true" />
          <span>
            <strong>⚠ DAMAGED</strong>: the running system’s ODM is damaged (stale alt_ definitions, doubled names, a merged or missing rootvg).
          </span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--plain dg-led" aria-hidden="true">
            0551
          </span>
          <span>The operator-panel LED; hover or focus it in the boot console for its meaning.</span>
        </li>
      </ul>

      <h2 className="legend__title">Lines</h2>
      <ul className="legend__list">
        <li>
          <svg className="legend__line" viewBox="0 0 48 12" aria-hidden="true">
            <line x1="2" y1="6" x2="46" y2="6" className="legend__stroke legend__stroke--boot" />
          </svg>
          <span>Normal bootlist, numbered 1, 2 … from the firmware to each disk, in the order firmware tries them.</span>
        </li>
        <li>
          <svg className="legend__line" viewBox="0 0 48 12" aria-hidden="true">
            <line x1="2" y1="6" x2="46" y2="6" className="legend__stroke legend__stroke--service" />
          </svg>
          <span>Service bootlist (dotted), numbered S1, S2 …</span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--warning" aria-hidden="true">
            ⚠
          </span>
          <span>
            Under the bootlists, <strong>⚠ next boot hangs</strong>: the normal bootlist starts with a disk that cannot boot (damaged, or an awake
            alternate). Point it elsewhere (<code>bootlist -m normal hdisk0</code>) or fix the disk first.
          </span>
        </li>
        <li>
          <svg className="legend__line" viewBox="0 0 48 12" aria-hidden="true">
            <line x1="2" y1="6" x2="46" y2="6" className="legend__stroke legend__stroke--member" />
          </svg>
          <span>Disk belongs to a volume group (solid: varied on; dashed: varied off).</span>
        </li>
      </ul>

      <h2 className="legend__title">Volume groups</h2>
      <ul className="legend__list">
        <li>
          <span className="legend__swatch legend__swatch--plain" aria-hidden="true">
            ▾ / ▸
          </span>
          <span>Show or hide its logical volumes: name, type, physical partitions, mount point. A solid bar marks an open LV, a dotted bar a closed one.</span>
        </li>
        <li>
          <span className="legend__swatch legend__swatch--plain dg-mono" aria-hidden="true">
            ×2
          </span>
          <span>Mirrored: each logical partition has two physical copies (PPs = 2 × LPs).</span>
        </li>
      </ul>

      <h2 className="legend__title">Changes</h2>
      <ul className="legend__list">
        <li>
          <span className="legend__swatch legend__swatch--changed" aria-hidden="true" />
          <span>Outlined with a corner mark: changed by the last command. The same change is described in words under the diagram.</span>
        </li>
      </ul>
    </div>
  );
});
