// Turns what can go wrong while talking to GitHub into one Indonesian sentence for the run's
// log and the commit status: what happened, and what to do.
import { PolicyError } from '../policy.ts';
import { GateReadError } from './read.ts';

interface OctokitError {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
}

export function describeGateError(error: unknown): string | undefined {
  if (error instanceof GateReadError) return error.message;
  if (error instanceof PolicyError) return `kebijakan penyuntingan tidak valid:\n${error.message}`;
  const e = error as OctokitError;
  if (typeof e?.status === 'number' && e.request) {
    const where = `${e.request.method ?? ''} ${e.request.url ?? ''}`.trim();
    if (e.status === 401) return `GitHub menolak token (401) pada ${where}: periksa GITHUB_TOKEN.`;
    if (e.status === 403 || e.status === 429) return `GitHub membatasi atau menolak permintaan (${e.status}) pada ${where} setelah dicoba ulang: ${e.message ?? ''}. Jalankan gate lagi nanti.`;
    if (e.status === 404) return `tidak ditemukan (404) pada ${where}: periksa --repo, --pr dan izin token.`;
    return `GitHub menjawab ${e.status} pada ${where} setelah dicoba ulang: ${e.message ?? ''}`;
  }
  return undefined;
}
