// LVM texts (REFERENCE §2.5–§2.7, §2.16–§2.18, §2.27–§2.29, §2.31). Numbers are the real AIX ones.
export const lvmMessages = {
  vgNotVariedOn: '0516-010 : Volume group must be varied on; use varyonvg command.',
  vgNotFound: (vg: string) => `0516-306 : Unable to find volume group ${vg} in the Device\n\tConfiguration Database.`,
  pvNotFound: (pv: string) => `0516-1396 : The physical volume ${pv}, was not found in the\nsystem database.`,
  pvNotInVg: (pv: string) => `0516-320 : Physical volume ${pv} is not assigned to\n\ta volume group.`,
  lvNotFound: (lv: string) => `0516-306 : Unable to find  ${lv} in the Device\n\tConfiguration Database.`,
} as const;
