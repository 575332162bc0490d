// Small builders for snapshots in tests: times are minutes after a fixed start, logins
// and teams match the default policy (cms/editorial.yml). No I/O.
import type { Snapshot } from './snapshot.ts';

export const START = Date.parse('2026-11-23T01:00:00Z'); // a Monday, 08.00 WIB

export const at = (minutes: number): string => new Date(START + minutes * 60_000).toISOString();

export const LABEL = {
  operator: 'review/operator',
  redaktur: 'review/redaktur',
  editor: 'review/editor',
  pj: 'review/penanggung-jawab',
  ketua: 'review/ketua',
} as const;

/** Team membership as the adapter would resolve it: budi is both Redaktur and Editor. */
export const TEAMS: Record<string, string[]> = {
  'pengadilan/operator': ['ani', 'oki'],
  'pengadilan/redaktur': ['budi', 'rara'],
  'pengadilan/editor': ['citra', 'budi'],
  'pengadilan/penanggung-jawab': ['dedi'],
  'pengadilan/ketua': ['eka'],
};

type LabelEvent = Snapshot['labelEvents'][number];
type ChangedFile = Snapshot['files'][number];

export const labeled = (label: string, actor: string, minutes: number, actorType: LabelEvent['actorType'] = 'User'): LabelEvent => ({
  action: 'labeled',
  label,
  actor,
  actorType,
  at: at(minutes),
});

export const unlabeled = (label: string, actor: string, minutes: number, actorType: LabelEvent['actorType'] = 'User'): LabelEvent => ({
  action: 'unlabeled',
  label,
  actor,
  actorType,
  at: at(minutes),
});

export const commit = (minutes: number, sha = `c${String(minutes).padStart(6, '0')}aaaaaaaa`) => ({ sha, at: at(minutes) });

export const entry = (path: string, frontmatter: Record<string, unknown> = {}, status: ChangedFile['status'] = 'added'): ChangedFile => ({
  path,
  status,
  frontmatter: { judul: 'Judul', kategori: 'Kegiatan', perhatian_khusus: false, ...frontmatter },
});

export const codeFile = (path: string): ChangedFile => ({ path, status: 'modified' });

/** The events of a routine chain done right: Operator by the author, then one person per stage. */
export function routineEvents(from = 10): LabelEvent[] {
  return [
    labeled(LABEL.operator, 'ani', from),
    labeled(LABEL.redaktur, 'rara', from + 10),
    labeled(LABEL.editor, 'citra', from + 20),
    labeled(LABEL.pj, 'dedi', from + 30),
  ];
}

export interface SnapshotParts {
  policyText: string;
  author?: string;
  /** Others who pushed to the branch. */
  pushers?: string[];
  title?: string;
  body?: string;
  labelEvents?: LabelEvent[];
  commits?: { sha: string; at: string }[];
  files?: ChangedFile[];
  teams?: Record<string, string[]>;
  /** Minutes after START. */
  now?: number;
}

export function buildSnapshot(parts: SnapshotParts): Snapshot {
  const commits = parts.commits ?? [commit(0)];
  return {
    pr: {
      number: 7,
      author: parts.author ?? 'ani',
      title: parts.title ?? 'Berita: kunjungan kerja',
      body: parts.body ?? '',
      baseBranch: 'main',
      headSha: commits[commits.length - 1]!.sha,
      headRef: 'cms/berita/kunjungan-kerja',
      pushers: parts.pushers ?? [],
    },
    labelEvents: parts.labelEvents ?? [],
    commits,
    files: parts.files ?? [entry('content/berita/kunjungan-kerja.md')],
    teams: parts.teams ?? TEAMS,
    now: at(parts.now ?? 60),
    policyText: parts.policyText,
  };
}
