// Planned maintenance: an open issue labelled `pemeliharaan` whose body says when it starts
// and ends. Inside the window no incident is opened or commented (recoveries still close).
//
//   Mulai: 2026-12-05 20:00 WIB
//   Selesai: 2026-12-05 23:00 WIB
//
// Zones WIB (+07), WITA (+08), WIT (+09); ISO 8601 with an offset is accepted too
// (2026-12-05T20:00:00+07:00).

export const WINDOW_NOTICE_MARKER = '<!-- laman:pemeliharaan-format -->';

const ZONES: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

export type WindowTimes = { ok: true; start: Date; end: Date } | { ok: false; problem: string };

/** A time as written by an operator, or undefined when it is not one of the accepted forms. */
export function parseWindowTime(text: string): Date | undefined {
  const value = text.trim();
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:.](\d{2})\s*(WIB|WITA|WIT)$/i.exec(value);
  let iso: string | undefined;
  if (local) {
    const [, y, mo, d, h, mi, zone] = local;
    iso = `${y}-${mo}-${d}T${h!.padStart(2, '0')}:${mi}:00${ZONES[zone!.toUpperCase()]}`;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) {
    iso = value;
  }
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject dates JavaScript silently rolls over (2026-02-30 → March).
  const [y, mo, d] = iso.slice(0, 10).split('-').map(Number);
  const zone = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  const offset = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  const wall = new Date(date.getTime() + offset * 60_000);
  if (wall.getUTCFullYear() !== y || wall.getUTCMonth() + 1 !== mo || wall.getUTCDate() !== d) return undefined;
  return date;
}

function field(body: string, name: string): string | undefined {
  const pattern = new RegExp(`^[\\s>*-]*(?:\\*\\*|__)?${name}(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?(.+?)(?:\\*\\*|__)?\\s*$`, 'im');
  return pattern.exec(body)?.[1];
}

export function parseWindowTimes(body: string | null | undefined): WindowTimes {
  const text = body ?? '';
  const startText = field(text, 'Mulai');
  const endText = field(text, 'Selesai');
  if (startText === undefined || endText === undefined) {
    return { ok: false, problem: `baris ${startText === undefined ? '"Mulai: …"' : '"Selesai: …"'} tidak ditemukan` };
  }
  const start = parseWindowTime(startText);
  if (!start) return { ok: false, problem: `waktu mulai "${startText.trim()}" tidak dapat dibaca` };
  const end = parseWindowTime(endText);
  if (!end) return { ok: false, problem: `waktu selesai "${endText.trim()}" tidak dapat dibaca` };
  if (end.getTime() <= start.getTime()) return { ok: false, problem: 'waktu selesai tidak sesudah waktu mulai' };
  return { ok: true, start, end };
}

export function windowNotice(problem: string): string {
  return [
    WINDOW_NOTICE_MARKER,
    `Laman tidak dapat membaca waktu jendela pemeliharaan ini: ${problem.replace(/[<>@`]/g, '')}.`,
    '',
    'Tulis di isi isu dua baris seperti contoh berikut (zona WIB, WITA atau WIT; atau ISO 8601 dengan offset, mis. `2026-12-05T20:00:00+07:00`):',
    '',
    '```text',
    'Mulai: 2026-12-05 20:00 WIB',
    'Selesai: 2026-12-05 23:00 WIB',
    '```',
    '',
    'Sampai isinya diperbaiki, isu ini diabaikan: pemantauan tetap membuka insiden seperti biasa. Panduan: docs/insiden.md.',
  ].join('\n');
}
