// The Indonesian summary of a decision: a Markdown checklist of the chain for the sticky
// pull-request comment (who approved, when, who is awaited, what is overdue, what broke
// a rule and what the gate removes).
import type { ChainState } from './chain.ts';
import type { Decision } from './decide.ts';
import { KETUA_ID, type Policy } from './policy.ts';
import type { Snapshot } from './snapshot.ts';
import { formatTime } from './time.ts';

export const SUMMARY_TITLE = '### Rantai penyuntingan (SOP E)';

interface SummaryInput {
  decision: Omit<Decision, 'summary'>;
  snapshot: Snapshot;
  policy: Policy;
  chain: ChainState;
  ketuaReasons: readonly string[];
}

const mention = (login: string) => `@${login}`;

/** "@a", "@a atau @b", "@a, @b atau @c". */
export function orList(logins: readonly string[]): string {
  const m = logins.map(mention);
  return m.length <= 1 ? (m[0] ?? '') : `${m.slice(0, -1).join(', ')} atau ${m[m.length - 1]}`;
}

export function outsideSummary(snapshot: Snapshot, policy: Policy): string {
  return [
    SUMMARY_TITLE,
    '',
    `**Status: di luar rantai penyuntingan.** Pull request #${snapshot.pr.number} tidak mengubah apa pun di \`${policy.folder_konten}\`, ` +
      'sehingga tidak memerlukan persetujuan Redaktur, Editor, Penanggung Jawab atau Ketua. ' +
      'Perubahan ini diserahkan kepada tinjauan kode (code review) biasa repositori.',
    '',
  ].join('\n');
}

export function formatSummary({ decision, snapshot, policy, chain, ketuaReasons }: SummaryInput): string {
  const time = (iso: string) => formatTime(iso, policy.zona_waktu);
  const head = snapshot.pr.headSha.slice(0, 7);
  const lines: string[] = [SUMMARY_TITLE, ''];
  const next = decision.nextStage;
  const nextStatus = next ? decision.stages.find((s) => s.id === next.id) : undefined;
  const mixed = decision.violations.some((v) => v.code === 'mixed-paths');

  if (mixed) {
    lines.push('**Status: ditolak.** Pull request ini mencampur konten dengan berkas lain dan harus dipecah (lihat pelanggaran di bawah).');
  } else if (decision.state === 'success') {
    lines.push(`**Status: lengkap.** Semua tahap yang diperlukan sudah disetujui pada commit terakhir (\`${head}\`). Konten siap diterbitkan.`);
  } else {
    const prefix = decision.state === 'failure' ? '**Status: ada label yang tidak sah** (dihapus oleh gate). ' : '';
    if (next) {
      const who = next.holders.length
        ? `menunggu ${orList(next.holders)} memasang label \`${next.label}\``
        : `tidak ada pemegang peran ${next.nama} yang dapat bertindak (pembuat pull request dan penyetuju tahap lain tidak boleh); tambahkan pemegang peran di \`cms/editorial.yml\``;
      const due = nextStatus?.slaDueAt ? `, batas waktu ${time(nextStatus.slaDueAt)}${nextStatus.overdue ? ' (**terlambat**)' : ''}` : '';
      lines.push(`${prefix}**Menunggu ${next.nama}:** ${who}${due}.`);
    }
  }
  lines.push('');

  for (const stage of decision.stages) {
    const name = `**${stage.nama}** (\`${stage.label}\`)`;
    if (!stage.required) {
      const extra = stage.approvedBy ? `; disetujui juga oleh ${mention(stage.approvedBy)}` : '';
      lines.push(`- [ ] ~~${stage.nama}~~ (\`${stage.label}\`): tidak diperlukan untuk konten ini${extra}`);
      continue;
    }
    if (stage.approvedBy && stage.approvedAt) {
      lines.push(`- [x] ${name}: ${mention(stage.approvedBy)}, ${time(stage.approvedAt)}`);
      continue;
    }
    const notes: string[] = [];
    if (next && next.id === stage.id && !mixed) notes.push(next.holders.length ? `menunggu ${orList(next.holders)}` : 'tidak ada pemegang peran yang dapat bertindak');
    else notes.push('menunggu tahap sebelumnya');
    if (stage.slaDueAt) notes.push(`batas waktu ${time(stage.slaDueAt)}${stage.overdue ? ' — **terlambat**' : ''}`);
    if (stage.voidedBy === 'commit') notes.push('persetujuan sebelumnya batal karena ada commit baru');
    if (stage.voidedBy === 'removed') notes.push('persetujuan sebelumnya ditarik (label dihapus)');
    if (stage.id === KETUA_ID && ketuaReasons.length) notes.push(`diperlukan karena ${ketuaReasons.join('; ')}`);
    lines.push(`- [ ] ${name}: ${notes.join('; ')}`);
  }

  if (decision.violations.length) {
    lines.push('', '**Pelanggaran:**', '');
    for (const v of decision.violations) lines.push(`- ${v.at ? `${time(v.at)}: ` : ''}${v.message}`);
  }
  if (decision.labelsToRemove.length) {
    lines.push('', `**Label yang dihapus gate:** ${decision.labelsToRemove.map((l) => `\`${l}\``).join(', ')}. Pemegang peran dapat memasangnya kembali bila tahapnya sudah tiba.`);
  }
  const voidings = chain.voidings.slice(-10);
  if (voidings.length) {
    lines.push('', '**Persetujuan yang batal:**', '');
    for (const v of voidings) {
      const stage = policy.tahap[v.stage]?.nama ?? '';
      const cause =
        v.cause === 'commit'
          ? `ada commit baru${v.sha ? ` \`${v.sha.slice(0, 7)}\`` : ''} pada ${time(v.at)}`
          : v.removedStage === v.stage
            ? `labelnya dihapus pada ${time(v.at)}`
            : `label tahap ${policy.tahap[v.removedStage ?? 0]?.nama ?? ''} dihapus pada ${time(v.at)}`;
      lines.push(`- ${stage} (${mention(v.approval.by)}, ${time(v.approval.at)}) batal karena ${cause}.`);
    }
  }
  lines.push('', '_Hanya label dari pemegang peran yang dihitung; kata "setuju" di judul, deskripsi atau komentar tidak dihitung. Commit baru membatalkan semua persetujuan._', '');
  return lines.join('\n');
}
