// TLS: connect to each host (SNI), read the certificate and its chain, and judge trust (with
// `ca_file` added to Node's roots when configured), the host name and the days left.
// Subject "tls:HOST" (as configured, with the port when one is given).
import { readFile } from 'node:fs/promises';
import type { LookupFunction } from 'node:net';
import path from 'node:path';
import tls, { type DetailedPeerCertificate } from 'node:tls';
import type { Finding } from '../../records/types.ts';
import { DAY_MS, isoDay, type Check } from './context.ts';
import { describeNetworkError } from './http.ts';

export const tlsCheck: Check = {
  kind: 'tls',
  subjects: ({ config }) => config.tls.hosts.map((h) => `tls:${h}`),
  run: async (ctx) => {
    const { hosts, ca_file: caFile, fail_days: failDays, warn_days: warnDays } = ctx.config.tls;
    const extraCa = caFile ? await readFile(path.resolve(ctx.root, caFile), 'utf8') : undefined;
    return Promise.all(
      hosts.map(async (host) => judgeTls(host, await inspectCertificate(host, { timeoutMs: ctx.config.timeout_ms, ...(extraCa ? { ca: extraCa } : {}), ...(ctx.lookup ? { lookup: ctx.lookup } : {}) }), ctx.now(), { failDays, warnDays })),
    );
  },
};

export interface CertificateInfo {
  /** No TLS handshake happened: why (Indonesian). */
  connectError?: string;
  authorized?: boolean;
  /** OpenSSL's or Node's code, e.g. "DEPTH_ZERO_SELF_SIGNED_CERT", "ERR_TLS_CERT_ALTNAME_INVALID". */
  authorizationError?: string;
  subject?: string;
  /** The names the certificate is for (subjectAltName DNS entries, else CN). */
  names?: string[];
  issuer?: string;
  validFrom?: Date;
  validTo?: Date;
  /** Subjects of the chain as sent, leaf first. */
  chain?: string[];
}

export function splitHost(hostPort: string): { host: string; port: number } {
  const m = /^(.*?)(?::(\d+))?$/.exec(hostPort)!;
  return { host: m[1]!, port: m[2] ? Number(m[2]) : 443 };
}

export async function inspectCertificate(hostPort: string, options: { timeoutMs: number; ca?: string; lookup?: LookupFunction }): Promise<CertificateInfo> {
  const { host, port } = splitHost(hostPort);
  const isIp = /^[\d.]+$|:/.test(host);
  return new Promise((resolve) => {
    const socket = tls.connect({
      host,
      port,
      ...(isIp ? {} : { servername: host }),
      ...(options.ca ? { ca: [...tls.rootCertificates, options.ca] } : {}),
      ...(options.lookup ? { lookup: options.lookup } : {}),
      // Judge trust ourselves: the handshake must finish to read an untrusted certificate.
      rejectUnauthorized: false,
    });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ connectError: `waktu habis setelah ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const cert = socket.getPeerCertificate(true);
      const info: CertificateInfo = { authorized: socket.authorized, ...describe(cert) };
      if (!socket.authorized && socket.authorizationError) info.authorizationError = String(socket.authorizationError);
      socket.end();
      resolve(info);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ connectError: describeNetworkError(error, options.timeoutMs) });
    });
  });
}

function describe(cert: DetailedPeerCertificate): CertificateInfo {
  if (!cert || !cert.valid_to) return {};
  const names = (cert.subjectaltname ?? '')
    .split(/,\s*/)
    .filter((n) => n.startsWith('DNS:') || n.startsWith('IP Address:'))
    .map((n) => n.replace(/^(DNS|IP Address):/, ''));
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let c: DetailedPeerCertificate | undefined = cert; c && !seen.has(c.fingerprint256); c = c.issuerCertificate) {
    seen.add(c.fingerprint256);
    chain.push(first(c.subject?.CN) ?? first(c.subject?.O) ?? '?');
  }
  const cn = first(cert.subject?.CN);
  return {
    subject: cn ?? '',
    names: names.length ? names : cn ? [cn] : [],
    issuer: first(cert.issuer?.CN) ?? first(cert.issuer?.O) ?? '',
    validFrom: new Date(cert.valid_from),
    validTo: new Date(cert.valid_to),
    chain,
  };
}

/** Node gives a repeated attribute as an array. */
function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Why a certificate is not trusted, in Indonesian. */
export function explainTlsError(code: string, host: string, names: readonly string[]): string {
  switch (code) {
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return 'sertifikat ditandatangani sendiri (self-signed), bukan diterbitkan CA tepercaya: pasang sertifikat dari CA (misalnya Let\'s Encrypt)';
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return 'rantai sertifikat berakhir pada CA yang tidak tepercaya';
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return 'rantai sertifikat tidak dapat diverifikasi: penerbitnya tidak dikenal atau sertifikat perantara (intermediate) tidak dikirim server; pasang berkas fullchain';
    case 'CERT_HAS_EXPIRED':
      return 'sertifikat sudah kedaluwarsa';
    case 'CERT_NOT_YET_VALID':
      return 'sertifikat belum berlaku (periksa jam server)';
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `nama host tidak cocok: sertifikat untuk ${names.length ? names.join(', ') : '(tanpa nama)'}, bukan ${host}`;
    case 'CERT_REVOKED':
      return 'sertifikat sudah dicabut (revoked)';
    default:
      return `sertifikat tidak sah (${code})`;
  }
}

/** The finding for one host (pure). */
export function judgeTls(hostPort: string, info: CertificateInfo, now: Date, limits: { failDays: number; warnDays: number }): Finding {
  const subject = `tls:${hostPort}`;
  const { host } = splitHost(hostPort);
  if (info.connectError) {
    return { check: 'tls', subject, status: 'unknown', summary: `tidak dapat diperiksa: ${hostPort} tidak dapat diakses (${info.connectError})`, evidence: [info.connectError] };
  }
  if (!info.validTo) return { check: 'tls', subject, status: 'unknown', summary: `tidak dapat diperiksa: ${hostPort} tidak mengirim sertifikat`, evidence: [] };
  const expiresAt = info.validTo.toISOString();
  const daysLeft = Math.floor((info.validTo.getTime() - now.getTime()) / DAY_MS);
  const evidence = [
    `sertifikat untuk: ${info.names?.join(', ') || info.subject || '(tanpa nama)'}`,
    `penerbit: ${info.issuer || '(tidak diketahui)'}`,
    `berlaku: ${isoDay(info.validFrom!)} sampai ${isoDay(info.validTo)} (${daysLeft} hari lagi)`,
    `rantai: ${(info.chain ?? []).join(' → ')}`,
  ];
  if (!info.authorized) {
    const reason = explainTlsError(info.authorizationError ?? 'UNKNOWN', host, info.names ?? []);
    return { check: 'tls', subject, status: 'fail', summary: `sertifikat TLS ${hostPort} tidak sah: ${reason}`, evidence, expiresAt };
  }
  if (daysLeft < 0) return { check: 'tls', subject, status: 'fail', summary: `sertifikat TLS ${hostPort} sudah kedaluwarsa sejak ${isoDay(info.validTo)}`, evidence, expiresAt };
  if (daysLeft < limits.failDays) {
    return { check: 'tls', subject, status: 'fail', summary: `sertifikat TLS ${hostPort} habis dalam ${daysLeft} hari (${isoDay(info.validTo)}): perpanjang sekarang`, evidence, expiresAt };
  }
  if (daysLeft < limits.warnDays) {
    return { check: 'tls', subject, status: 'warn', summary: `sertifikat TLS ${hostPort} habis dalam ${daysLeft} hari (${isoDay(info.validTo)}): jadwalkan perpanjangan`, evidence, expiresAt };
  }
  return { check: 'tls', subject, status: 'ok', summary: `sertifikat TLS ${hostPort} sah sampai ${isoDay(info.validTo)} (${daysLeft} hari lagi)`, evidence, expiresAt };
}
