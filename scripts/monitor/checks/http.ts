// One HTTP request with a deadline, and what went wrong in words an IT officer can act on.
// Shared by the checks that read the live site.

export interface HttpResult {
  /** Undefined when no answer came back (network error or timeout). */
  status?: number;
  body?: Buffer;
  contentType?: string;
  /** Until the full body was read (or the failure), in milliseconds. */
  ms: number;
  /** Indonesian reason when no answer came back. */
  error?: string;
}

export async function httpGet(fetcher: typeof fetch, url: string, timeoutMs: number, init: RequestInit = {}): Promise<HttpResult> {
  const started = performance.now();
  try {
    const response = await fetcher(url, { redirect: 'follow', ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, body, contentType: response.headers.get('content-type') ?? '', ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { ms: Math.round(performance.now() - started), error: describeNetworkError(error, timeoutMs) };
  }
}

/** "koneksi ditolak (ECONNREFUSED)", "waktu habis setelah 10000 ms", … */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError' || e?.name === 'AbortError') return `waktu habis setelah ${timeoutMs} ms`;
  const code = e?.cause?.code ?? e?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'koneksi ditolak: tidak ada layanan web yang mendengarkan',
    ECONNRESET: 'koneksi diputus oleh server',
    ENOTFOUND: 'nama domain tidak ditemukan di DNS',
    EAI_AGAIN: 'DNS tidak menjawab',
    EHOSTUNREACH: 'server tidak dapat dijangkau',
    ENETUNREACH: 'jaringan tidak dapat dijangkau',
    ETIMEDOUT: 'waktu koneksi habis',
    UND_ERR_CONNECT_TIMEOUT: 'waktu koneksi habis',
    UND_ERR_SOCKET: 'koneksi terputus',
    UND_ERR_HEADERS_TIMEOUT: `server tidak mengirim jawaban dalam ${timeoutMs} ms`,
    CERT_HAS_EXPIRED: 'sertifikat TLS sudah kedaluwarsa',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'sertifikat TLS ditandatangani sendiri (self-signed)',
    ERR_TLS_CERT_ALTNAME_INVALID: 'sertifikat TLS bukan untuk nama host ini',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'rantai sertifikat TLS tidak dapat diverifikasi',
  };
  if (code && known[code]) return `${known[code]} (${code})`;
  const detail = e?.cause?.message ?? e?.message ?? String(error);
  return code ? `${detail} (${code})` : detail;
}

/** Why the site as a whole cannot be checked (no answer, or a server error on its home page), or undefined when it answers. */
export async function siteUnreachable(fetcher: typeof fetch, site: string, timeoutMs: number): Promise<string | undefined> {
  const root = await httpGet(fetcher, site, timeoutMs);
  if (root.status === undefined) return root.error;
  if (root.status >= 500) return `HTTP ${root.status}`;
  return undefined;
}

export const UNREACHABLE_SUMMARY = 'tidak dapat diperiksa: situs tidak dapat diakses';
