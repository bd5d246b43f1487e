// Which lab each lesson starts from, by lesson id: the one fact the page needs before it starts the
// simulator (?lesson=<id> implies its scenario), kept apart from the lesson content so that the content
// can load later, in its own chunk. lessons.test.ts holds it equal to the lessons' own `scenario`.
export const LESSON_SCENARIOS: Readonly<Record<string, string>> = {
  preflight: 'reference-lab',
  'basic-clone': 'reference-lab',
  'keep-bootlist': 'reference-lab',
  'update-clone': 'reference-lab',
  'fall-back': 'reference-lab',
  'wake-sleep': 'reference-lab',
  'mirrored-rootvg': 'mirrored-lab',
  'awake-reboot': 'reference-lab',
  'rootvg-removed': 'reference-lab',
  'mksysb-restore': 'mksysb-lab',
  'wrong-disk': 'reference-lab',
  'smit-clone': 'reference-lab',
  'phased-clone': 'reference-lab',
  'exclude-list': 'reference-lab',
  'several-clones': 'reference-lab',
  'legacy-install': 'reference-lab',
  'customise-clone': 'reference-lab',
  'wake-newer': 'reference-lab',
  'force-wake': 'release-lab',
  'efix-blocks': 'efix-lab',
  'hands-off': 'reference-lab',
  'double-wake': 'reference-lab',
  'power-cut': 'reference-lab',
  'other-lpar': 'mksysb-lab',
  'jfs-to-jfs2': 'jfs-lab',
  'reuse-old-disk': 'reference-lab',
  'nimadm-migrate': 'nim-lab',
  'nimadm-phases': 'nim-lab',
  'mirrored-mksysb': 'mksysb-lab',
  'multibos-standby': 'reference-lab',
  'multibos-no-room': 'multibos-lab',
};

export function lessonScenario(id: string): string | null {
  return Object.hasOwn(LESSON_SCENARIOS, id) ? LESSON_SCENARIOS[id] : null;
}
