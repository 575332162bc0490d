// Rule violations: stable codes for machines, Indonesian messages for reviewers.

export type ViolationCode = 'non-holder' | 'out-of-order' | 'self-approval' | 'pusher-approval' | 'same-person-twice' | 'bot-label' | 'gate-label' | 'mixed-paths';

export interface Violation {
  code: ViolationCode;
  label?: string;
  actor?: string;
  at?: string;
  message: string;
}

export interface LabelViolationFacts {
  label: string;
  actor: string;
  at: string;
  /** The stage's display name. */
  stage: string;
  /** For out-of-order: the earlier stages not yet approved. */
  missing?: readonly string[];
  /** For same-person-twice: the stage the actor already approved. */
  other?: string;
}

const REMOVED = 'Label ini tidak dihitung dan dihapus oleh gate.';

export function labelViolation(code: Exclude<ViolationCode, 'mixed-paths'>, f: LabelViolationFacts): Violation {
  const who = `@${f.actor}`;
  const what = `Label \`${f.label}\` dipasang oleh ${who}`;
  let reason: string;
  switch (code) {
    case 'gate-label':
      reason = `${what}, yaitu gate sendiri: tindakan gate tidak pernah dihitung sebagai persetujuan.`;
      break;
    case 'bot-label':
      reason = `${what}, sebuah bot: hanya orang yang memegang peran yang dapat menyetujui.`;
      break;
    case 'non-holder':
      reason = `${what}, yang bukan pemegang peran ${f.stage}.`;
      break;
    case 'self-approval':
      reason = `${what}, pembuat pull request ini: pembuat hanya boleh mengajukan (tahap Operator), bukan menyetujui tahap ${f.stage} (prinsip empat mata).`;
      break;
    case 'pusher-approval':
      reason = `${what}, yang ikut mengubah isi pull request ini (push ke cabangnya): yang ikut menulis hanya boleh mengajukan (tahap Operator), bukan menyetujui tahap ${f.stage} (prinsip empat mata).`;
      break;
    case 'same-person-twice':
      reason = `${what}, yang sudah menyetujui tahap ${f.other ?? 'lain'}: satu orang tidak boleh menyetujui dua tahap (prinsip empat mata).`;
      break;
    case 'out-of-order':
      reason = `${what} sebelum tahap ${(f.missing ?? []).join(', ')} disetujui: tahap harus disetujui berurutan.`;
      break;
  }
  return { code, label: f.label, actor: f.actor, at: f.at, message: `${reason} ${REMOVED}` };
}

export function mixedPathsViolation(folder: string, other: readonly string[]): Violation {
  const shown = other.slice(0, 5).map((p) => `\`${p}\``).join(', ');
  const more = other.length > 5 ? ` dan ${other.length - 5} berkas lain` : '';
  return {
    code: 'mixed-paths',
    message:
      `Pull request ini mengubah konten (\`${folder}\`) sekaligus berkas lain: ${shown}${more}. ` +
      'Pisahkan menjadi dua pull request: satu hanya berisi konten (melalui rantai penyuntingan), satu lagi untuk berkas lainnya (melalui tinjauan kode biasa).',
  };
}
