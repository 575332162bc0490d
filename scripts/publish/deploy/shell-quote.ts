// Quoting for the two command-line splitters an SSH deploy passes strings through:
// - the remote login shell, which runs the command string ssh sends (POSIX sh rules), and
// - rsync, which splits its own `-e` value into the ssh command (only spaces separate words
//   there; inside '…' or "…" the same quote doubled stands for itself; no backslashes).
// Both refuse control characters: a newline in a server path is a mistake or an attack, and
// the listings a deploy reads back are one name per line.

const CONTROL = /[\u0000-\u001f\u007f]/;

export class UnsafeValue extends Error {
  override name = 'UnsafeValue';
}

function refuseControl(value: string): void {
  if (CONTROL.test(value)) throw new UnsafeValue(`${JSON.stringify(value)} berisi baris baru atau karakter kendali lain: tidak dapat dipakai dengan aman dalam perintah`);
}

/** One POSIX shell word: 'it'\''s' for it's. */
export function shQuote(value: string): string {
  refuseControl(value);
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** One word of rsync's `-e` value: 'it''s' for it's. */
export function rsyncShellQuote(value: string): string {
  refuseControl(value);
  return `'${value.replaceAll("'", "''")}'`;
}
