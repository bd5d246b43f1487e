// The builder's "a server you describe" fields: host name, AIX level, disks and sizes, rootvg mirrored on
// hdisk0 and hdisk1, a datavg, extra file systems, interim fixes, the alt_disk fileset, and install media.
// The form is only data here; core/scenario/serverForm.ts checks it and says what is wrong.
import type { ServerForm, ServerFs } from '../../core/scenario/serverForm.ts';

const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);

export function ServerFields({ server, levels, onChange }: { server: ServerForm; levels: readonly string[]; onChange: (s: ServerForm) => void }) {
  const set = (patch: Partial<ServerForm>) => onChange({ ...server, ...patch });
  const setFs = (i: number, patch: Partial<ServerFs>) => set({ fileSystems: server.fileSystems.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const image = server.media.mksysb?.[0];
  const levelOptions = (none: string | null) => (
    <>
      {none !== null && <option value="">{none}</option>}
      {levels.map((l) => (
        <option key={l} value={l}>
          {l}
        </option>
      ))}
    </>
  );
  return (
    <fieldset className="twin__fieldset" data-testid="builder.server">
      <legend>The server</legend>
      <div className="twin__fields">
        <label className="twin__field">
          Host name
          <input value={server.hostname} maxLength={40} spellCheck={false} data-testid="builder.server.hostname" onChange={(e) => set({ hostname: e.target.value.trim() })} />
        </label>
        <label className="twin__field">
          AIX level (oslevel -s)
          <select value={server.level} data-testid="builder.server.level" onChange={(e) => set({ level: e.target.value })}>
            {levelOptions(null)}
          </select>
        </label>
      </div>
      <div className="twin__fields">
        {server.disksMB.map((mb, i) => (
          <label key={i} className="twin__field">
            hdisk{i} (MB)
            <input type="number" min={4096} value={mb} data-testid={`builder.server.disk.${i}`} onChange={(e) => set({ disksMB: server.disksMB.map((x, j) => (j === i ? Number(e.target.value) : x)) })} />
          </label>
        ))}
      </div>
      <div className="twin__actions">
        <button type="button" className="labs__button" data-testid="builder.server.disk.add" onClick={() => set({ disksMB: [...server.disksMB, 30720] })}>
          Add a disk to the server
        </button>
        <button type="button" className="labs__button" data-testid="builder.server.disk.remove" disabled={server.disksMB.length <= 1} onClick={() => set({ disksMB: server.disksMB.slice(0, -1) })}>
          Remove the last disk
        </button>
      </div>
      <div className="twin__fields">
        <label className="twin__check">
          <input type="checkbox" checked={server.mirrored} data-testid="builder.server.mirrored" onChange={(e) => set({ mirrored: e.target.checked })} />
          rootvg mirrored on hdisk0 and hdisk1
        </label>
        <label className="twin__field">
          datavg on (disks, e.g. hdisk2 hdisk3)
          <input value={server.datavg.join(' ')} spellCheck={false} data-testid="builder.server.datavg" onChange={(e) => set({ datavg: words(e.target.value) })} />
        </label>
      </div>
      {server.fileSystems.map((f, i) => (
        <div key={i} className="twin__fields">
          <label className="twin__field">
            File system {i + 1}: mount point
            <input value={f.mount} spellCheck={false} data-testid={`builder.server.fs.${i}.mount`} onChange={(e) => setFs(i, { mount: e.target.value.trim() })} />
          </label>
          <label className="twin__field">
            Size (MB)
            <input type="number" min={32} value={f.sizeMB} data-testid={`builder.server.fs.${i}.size`} onChange={(e) => setFs(i, { sizeMB: Number(e.target.value) })} />
          </label>
          <label className="twin__field">
            Volume group
            <select value={f.vg} data-testid={`builder.server.fs.${i}.vg`} onChange={(e) => setFs(i, { vg: e.target.value === 'datavg' ? 'datavg' : 'rootvg' })}>
              <option value="rootvg">rootvg</option>
              <option value="datavg">datavg</option>
            </select>
          </label>
          <button type="button" className="labs__button" onClick={() => set({ fileSystems: server.fileSystems.filter((_, j) => j !== i) })}>
            Remove file system {i + 1}
          </button>
        </div>
      ))}
      <div className="twin__actions">
        <button type="button" className="labs__button" data-testid="builder.server.fs.add" onClick={() => set({ fileSystems: [...server.fileSystems, { mount: `/app${server.fileSystems.length + 1}`, sizeMB: 1024, vg: 'rootvg' }] })}>
          Add a file system
        </button>
      </div>
      <div className="twin__fields">
        <label className="twin__field">
          Interim fixes (labels, e.g. IJ41974s3a)
          <input value={server.efixes.join(' ')} spellCheck={false} data-testid="builder.server.efixes" onChange={(e) => set({ efixes: words(e.target.value) })} />
        </label>
        <label className="twin__check">
          <input type="checkbox" checked={server.efixLocksBosRte ?? false} data-testid="builder.server.efixlock" onChange={(e) => set({ efixLocksBosRte: e.target.checked })} />
          the fixes lock bos.rte
        </label>
        <label className="twin__check">
          <input type="checkbox" checked={server.noAltDisk} data-testid="builder.server.noaltdisk" onChange={(e) => set({ noAltDisk: e.target.checked })} />
          bos.alt_disk_install.rte not installed
        </label>
      </div>
      <div className="twin__fields">
        <label className="twin__field">
          Update directory in /export
          <select value={server.media.dirs?.[0] ?? ''} data-testid="builder.media.dir" onChange={(e) => set({ media: { ...server.media, dirs: e.target.value ? [e.target.value] : undefined } })}>
            {levelOptions('none')}
          </select>
        </label>
        <label className="twin__field">
          Update DVD in /dev/cd0
          <select value={server.media.cd0 ?? ''} data-testid="builder.media.cd0" onChange={(e) => set({ media: { ...server.media, cd0: e.target.value || undefined } })}>
            {levelOptions('none')}
          </select>
        </label>
        <label className="twin__field">
          mksysb image of (host name)
          <input
            value={image?.host ?? ''}
            spellCheck={false}
            data-testid="builder.media.mksysb.host"
            onChange={(e) => set({ media: { ...server.media, mksysb: e.target.value.trim() ? [{ host: e.target.value.trim(), level: image?.level ?? server.level, mirrored: false }] : undefined } })}
          />
        </label>
        <label className="twin__field">
          mksysb level
          <select
            value={image?.level ?? server.level}
            disabled={!image}
            data-testid="builder.media.mksysb.level"
            onChange={(e) => set({ media: { ...server.media, mksysb: image ? [{ ...image, level: e.target.value }] : undefined } })}
          >
            {levelOptions(null)}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
