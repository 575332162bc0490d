// The OAuth `state`: a random value sent to GitHub and kept in a __Host- cookie, so the
// callback only completes in the browser that started the login (no login CSRF).
import { timingSafeEqual } from 'node:crypto';

export const STATE_COOKIE = '__Host-laman-oauth-state';
/** GitHub's codes live 10 minutes; a login that takes longer starts again. */
export const STATE_MAX_AGE_SECONDS = 600;
const STATE_BYTES = 32;
const STATE_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newState(randomBytes: (size: number) => Uint8Array): string {
  return Buffer.from(randomBytes(STATE_BYTES)).toString('base64url');
}

/** __Host-: Secure, Path=/ and no Domain, so no other host or path can set or read it. */
export function stateCookie(state: string): string {
  return `${STATE_COOKIE}=${state}; Path=/; Max-Age=${STATE_MAX_AGE_SECONDS}; HttpOnly; Secure; SameSite=Lax`;
}

/** Sent with every callback answer: a state is good for one try. */
export function clearStateCookie(): string {
  return `${STATE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Constant-time comparison of the state GitHub returned with the cookie's. */
export function sameState(fromCookie: string, fromQuery: string): boolean {
  if (!STATE_SHAPE.test(fromCookie) || !STATE_SHAPE.test(fromQuery)) return false;
  return timingSafeEqual(Buffer.from(fromCookie), Buffer.from(fromQuery));
}
