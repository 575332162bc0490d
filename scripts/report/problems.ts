// "Masalah dan usulan penyelesaian": rules over the month's figures, each naming what is
// wrong and what to do about it per the SOPs (F2 backups, F4 renewals, F6–F7 problem
// solving, UU 14/2008 Pasal 9 for mandatory information). Pure.
import { formatDuration, formatPercent } from '../status/format.ts';
import { scenarioName } from './names.ts';
import type { Problem, Report, Severity } from './types.ts';

/** Availability below this share of the month's runs is a problem (SOP F7: "selalu tersedia"). */
export const AVAILABILITY_TARGET = 0.99;
/** Renewals due within this many days need the invoice prepared now. */
export const RENEWAL_URGENT_DAYS = 30;
/** Days the owning unit is given to update stale mandatory information. */
export const MANDATORY_UPDATE_DAYS = 14;
/** A source detected in this many scans, or this many scenarios, is blocked rather than watched. */
export const REPEAT_THRESHOLD = 2;

const ORDER: Record<Severity, number> = { tinggi: 0, sedang: 1, rendah: 2 };

export function findProblems(report: Report): Problem[] {
  const out: Problem[] = [];
  const add = (severity: Severity, area: string, problem: string, proposal: string) => out.push({ severity, area, problem, proposal });

  const a = report.availability;
  if (a.ratio === null) {
    add('tinggi', 'Ketersediaan', 'Tidak ada data pemantauan ketersediaan bulan ini.', 'Periksa workflow pemantauan (laman monitor) di GitHub Actions: GitHub menonaktifkan jadwal setelah 60 hari tanpa aktivitas repositori; aktifkan kembali dan pastikan catatan tersimpan di cabang pemantauan.');
  } else if (a.ratio < AVAILABILITY_TARGET) {
    add(
      'tinggi',
      'Ketersediaan',
      `Ketersediaan situs ${formatPercent(a.ratio)}, di bawah target ${formatPercent(AVAILABILITY_TARGET, 0)} (${a.daysBelowFull} hari terganggu).`,
      'Periksa log server dan sumber daya hosting (CPU, memori, disk, bandwidth) pada hari-hari terganggu; bila penyebabnya di sisi penyedia, ajukan laporan gangguan dan minta penjelasan tertulis kepada penyedia hosting (SOP F7, troubleshooting bersama pihak ketiga).',
    );
  }
  if (a.daysWithoutData > 0 && a.ratio !== null) {
    add('sedang', 'Ketersediaan', `${a.daysWithoutData} hari tanpa data pemantauan.`, 'Periksa riwayat workflow pemantauan pada hari-hari tersebut (gagal, dibatalkan atau tidak terjadwal) dan perbaiki penyebabnya.');
  }

  if (report.incidents.available) {
    for (const i of report.incidents.value.filter((x) => x.openAtMonthEnd)) {
      add(
        'tinggi',
        'Insiden',
        `Insiden #${i.number} masih terbuka pada akhir bulan: ${i.title} (sejak ${i.openedAt.slice(0, 10)}).`,
        'Lanjutkan daftar periksa di issue insiden (analisis, persetujuan perbaikan, perbaikan atau hubungi penyedia, periksa, laporkan); bila tidak selesai dalam 1–3 hari, libatkan pihak ketiga (SOP F7).',
      );
    }
    const long = report.incidents.value.filter((x) => !x.openAtMonthEnd && x.durationMinutes !== null && x.durationMinutes >= 24 * 60);
    for (const i of long) {
      add('sedang', 'Insiden', `Insiden #${i.number} berlangsung ${formatDuration(i.durationMinutes ?? 0)}: ${i.title}.`, 'Catat akar masalah dan langkah pencegahan di issue insiden agar gangguan serupa ditangani lebih cepat.');
    }
  }

  for (const f of report.freshness) {
    if (f.status !== 'fail') continue;
    if (f.subject === 'informasi-wajib') {
      add(
        'tinggi',
        'Informasi wajib',
        `${f.summary}.`,
        `Minta unit pemilik informasi memperbarui informasi berkala yang tercantum dalam ${MANDATORY_UPDATE_DAYS} hari dan mengirimkannya kepada Operator untuk diterbitkan (UU 14/2008 Pasal 9: informasi berkala wajib diumumkan paling singkat 6 bulan sekali).`,
      );
    } else {
      add('sedang', 'Kesegaran konten', `${f.summary}.`, `Minta Operator menyiapkan dan menerbitkan ${f.subject} baru melalui rantai penyuntingan (SOP E).`);
    }
  }

  if (report.content.available && report.content.value.stages.available) {
    for (const s of report.content.value.stages.value) {
      if (s.medianMinutes !== null && s.medianMinutes > s.slaHours * 60) {
        add(
          'rendah',
          'Penyuntingan',
          `Waktu pemeriksaan tahap ${s.nama} (median ${formatDuration(s.medianMinutes)}) melebihi waktu baku ${formatDuration(s.slaHours * 60)}.`,
          `Ingatkan pemegang peran ${s.nama}; bila beban kerja terlalu tinggi, tambahkan pemegang peran di cms/editorial.yml.`,
        );
      }
    }
  }

  const b = report.backups;
  if (b.counts.create.total === 0) {
    add('tinggi', 'Cadangan', 'Tidak ada pencadangan tercatat bulan ini.', 'Jalankan "laman backup create" dan periksa workflow pencadangan terjadwal (SOP F2).');
  } else if (!b.lastCreate) {
    add('tinggi', 'Cadangan', 'Semua pencadangan bulan ini gagal.', 'Periksa pesan kesalahan di catatan pencadangan, perbaiki target dan kunci, lalu jalankan "laman backup create".');
  }
  const failed = b.failures.length;
  if (failed > 0 && b.lastCreate) {
    add('sedang', 'Cadangan', `${failed} kegiatan pencadangan/verifikasi gagal bulan ini.`, 'Periksa masalah yang tercatat pada setiap kegagalan dan pastikan pencadangan berikutnya berhasil.');
  }
  if (!b.lastRestoreTest) {
    add('sedang', 'Cadangan', 'Tidak ada uji pemulihan yang berhasil bulan ini.', 'Jalankan "laman backup restore-test" dan simpan hasilnya (SOP D: pencadangan dan pemulihan rutin).');
  }

  if (report.renewals.available) {
    for (const r of report.renewals.value) {
      if (r.daysLeft < 0) {
        add('tinggi', 'Perpanjangan', `${r.what} dari ${r.provider} sudah berakhir (${r.expires}).`, 'Hubungi penyedia segera, ajukan pembayaran dengan faktur yang ada, lalu perbarui deploy/renewals.json melalui pull request (SOP F4).');
      } else if (r.daysLeft <= RENEWAL_URGENT_DAYS) {
        add('sedang', 'Perpanjangan', `${r.what} dari ${r.provider} berakhir ${r.expires} (${r.daysLeft} hari setelah akhir bulan).`, `Siapkan faktur (${r.invoice || 'nomor belum dicatat'}), ajukan pembayaran dan konfirmasi ke penyedia (SOP F4).`);
      }
    }
  }
  for (const e of report.observedExpiries) {
    if (e.daysLeft <= RENEWAL_URGENT_DAYS) {
      const what = e.check === 'tls' ? `Sertifikat TLS ${e.subject}` : `Pendaftaran domain ${e.subject}`;
      add(e.daysLeft < 0 ? 'tinggi' : 'sedang', 'Perpanjangan', `${what} berakhir ${e.expiresAt.slice(0, 10)}.`, e.check === 'tls' ? 'Periksa perpanjangan otomatis sertifikat (certbot/penyedia) dan pasang sertifikat baru.' : 'Perpanjang pendaftaran domain di registrar/PANDI sebelum tanggal berakhir (SOP F4).');
    }
  }

  for (const s of report.activity.sources) {
    if (s.scans >= REPEAT_THRESHOLD || s.scenarios.length >= REPEAT_THRESHOLD) {
      add(
        'sedang',
        'Aktivitas mencurigakan',
        `Alamat ${s.ip} berulang kali terdeteksi (${s.scenarios.map(scenarioName).join(', ')}; ${s.requests} permintaan dalam ${s.scans} pemindaian).`,
        `Blokir alamat ini di nginx ("deny ${s.ip};") atau firewall server, lalu pantau log berikutnya (SOP F3, SOP C).`,
      );
    }
  }

  return out.sort((x, y) => ORDER[x.severity] - ORDER[y.severity]);
}
