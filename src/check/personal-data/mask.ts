// Masking: a finding never carries the full value, so reports and logs can be shared.

function stars(count: number): string {
  return '*'.repeat(Math.max(0, count));
}

/** `3201011203900001` → `32************01`; separators are dropped. */
export function maskDigits(digits: string): string {
  if (digits.length <= 4) return stars(digits.length);
  return digits.slice(0, 2) + stars(digits.length - 4) + digits.slice(-2);
}

/**
 * A mobile number in national form (`081234567890`) → `08********90`, or, when it was
 * written internationally, `+62*********90`.
 */
export function maskPhone(national: string, international: boolean): string {
  const rest = national.slice(1); // without the leading 0
  if (international) return '+62' + stars(rest.length - 2) + rest.slice(-2);
  return '08' + stars(national.length - 4) + national.slice(-2);
}

/** `budi.santoso@gmail.com` → `b***@gmail.com`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  return address.slice(0, 1) + '***@' + address.slice(at + 1);
}
