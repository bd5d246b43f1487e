// Name-keyed maps of the model (hosts, disks, VG images, filesets, shell variables, files) are plain
// objects, and a name the learner types may be "constructor", "toString" or "__proto__": reading
// map[name] would find Object.prototype's member. Read them by own key only. (Object.create(null) does not
// help: structuredClone and JSON hand back ordinary objects.)

/** Is `key` an own entry of the map? */
export const own = (map: object, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);

/** The map's own entry for `key`, or undefined. */
export function ownValue<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return own(map, key) ? map[key] : undefined;
}
