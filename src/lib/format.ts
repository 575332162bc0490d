// Formatting for visitors, in Indonesian. Content dates are calendar dates (stored as UTC
// midnight), so they are always formatted in UTC to avoid a shift of one day.

const tanggalPanjang = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatTanggal(date: Date): string {
  return tanggalPanjang.format(date);
}

/** ISO date (YYYY-MM-DD) for `<time datetime>`. */
export function isoTanggal(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const angka1 = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

export function formatUkuran(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${angka1.format(bytes / 1024)} KB`;
  return `${angka1.format(bytes / (1024 * 1024))} MB`;
}
