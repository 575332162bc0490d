// `laman archive show SLUG`: one item's publication history from the archive branch.
import { formatTime } from '../gate/time.ts';
import type { GitEnv } from './git.ts';
import { DEFAULT_BRANCH, padNomor, recordPath } from './layout.ts';
import { ArchiveError } from './messages.ts';
import { findBranch, readArchive } from './read.ts';
import { parseRecord, recordHash, type ArchivedRecord } from './record.ts';

export interface HistoryOptions {
  repoDir: string;
  branch?: string;
  slug: string;
  koleksi?: string;
  env?: GitEnv;
}

export interface History {
  branch: string;
  ref: string;
  slug: string;
  koleksi?: string;
  /** The item's records, oldest first. */
  records: ArchivedRecord[];
  /** Record files that could not be read (`laman archive verify` says why). */
  unreadable: number[];
}

/** Reads every record on the branch and keeps the item's. Does not verify: that is `archive verify`. */
export async function readHistory(options: HistoryOptions): Promise<History> {
  const branch = options.branch ?? DEFAULT_BRANCH;
  const env = options.env ?? process.env;
  const at = await findBranch(options.repoDir, branch, env);
  if (!at) throw new ArchiveError(`cabang ${branch} tidak ada di ${options.repoDir} (juga tidak sebagai origin/${branch})`);
  const contents = await readArchive(options.repoDir, at, env, { recordsOnly: true });
  const records: ArchivedRecord[] = [];
  const unreadable: number[] = [];
  for (const [file, bytes] of [...contents.records].sort((a, b) => a[0] - b[0])) {
    const parsed = parseRecord(bytes, recordPath(file));
    if (!parsed.ok) {
      unreadable.push(file);
      continue;
    }
    const { item } = parsed.record;
    if (item.slug === options.slug && (options.koleksi === undefined || item.koleksi === options.koleksi)) {
      records.push({ record: parsed.record, hash: recordHash(bytes) });
    }
  }
  records.sort((a, b) => a.record.nomor - b.record.nomor);
  return { branch, ref: at.ref, slug: options.slug, ...(options.koleksi !== undefined ? { koleksi: options.koleksi } : {}), records, unreadable };
}

/** The history as Indonesian text. Pure. */
export function formatHistory(history: History): string {
  const koleksi = [...new Set(history.records.map((r) => r.record.item.koleksi))];
  const name = koleksi.length === 1 ? `${koleksi[0]}/${history.slug}` : history.koleksi ? `${history.koleksi}/${history.slug}` : history.slug;
  const lines: string[] = [];
  if (!history.records.length) {
    lines.push(`Tidak ada catatan publikasi untuk ${name} di cabang ${history.branch}.`);
  } else {
    lines.push(`Riwayat publikasi ${name}: ${history.records.length} catatan di cabang ${history.branch}`);
    for (const { record, hash } of history.records) {
      const time = (iso: string) => formatTime(iso, record.zonaWaktu);
      const label = (text: string) => `  ${text.padEnd(13)}: `;
      const indent = ' '.repeat(17);
      lines.push('', `Catatan ${padNomor(record.nomor)} | ${time(record.waktu)} | ${record.item.perubahan}${koleksi.length > 1 ? ` | ${record.item.koleksi}` : ''}`);
      lines.push(`${label('Judul')}${record.item.judul}`);
      const pr = record.pullRequest;
      lines.push(`${label('Pull request')}${pr ? `#${pr.nomor} "${pr.judul}" oleh ${pr.penulis || '-'}, digabung ${time(pr.digabung)}` : 'tidak ada'}`);
      if (record.persetujuan.length) {
        record.persetujuan.forEach((a, i) => lines.push(`${i === 0 ? label('Persetujuan') : indent}${a.nama}: ${a.oleh}, ${time(a.pada)}`));
      } else {
        lines.push(`${label('Persetujuan')}tidak ada yang tercatat`);
      }
      lines.push(`${label('Build')}${record.build} (commit ${record.commit.slice(0, 12)})`);
      if (record.item.url) lines.push(`${label('Alamat')}${record.item.url}`);
      lines.push(`${label('Lembar')}lembar/${padNomor(record.nomor)}.pdf`);
      lines.push(`${label('Hash catatan')}${hash}`);
    }
  }
  if (history.unreadable.length) {
    lines.push('', `Peringatan: ${history.unreadable.length} catatan tidak dapat dibaca (${history.unreadable.map(padNomor).join(', ')}); jalankan "laman archive verify".`);
  }
  return lines.join('\n') + '\n';
}
