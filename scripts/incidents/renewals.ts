// Renewals (SOP F4): the contracts in deploy/renewals.json (changed only by a reviewed pull
// request) and the reminder policy. Reminder issues 30 days before expiry, a comment when 14
// and 7 days are crossed and when it has expired; merged with what the monitor observed (TLS
// certificates, RDAP): a later observed expiry means the contract was renewed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { parseJsonConfig } from '../lib/json-config.ts';
import { RENEWAL_LABEL } from './keys.ts';
import { escapeText } from './markdown.ts';
import { COURT_ZONE } from './time.ts';
import { formatTime } from '../gate/time.ts';

export const RENEWALS_CONFIG = 'deploy/renewals.json';
export const CONTRACT_KINDS = ['connection', 'hosting', 'domain', 'certificate'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const contractSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'id hanya huruf kecil, angka dan tanda hubung, misalnya "domain-utama"' }),
    kind: z.enum(CONTRACT_KINDS, { error: `kind harus salah satu dari ${CONTRACT_KINDS.join(', ')}` }),
    provider: z.string().trim().min(1, { error: 'provider (nama penyedia) wajib diisi' }),
    service: z.string().trim().min(1, { error: 'service (nama layanan) wajib diisi' }),
    expires: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expires harus tanggal YYYY-MM-DD, misalnya 2027-03-01' })
      .refine(isCalendarDate, { error: 'expires bukan tanggal yang ada di kalender' }),
    invoice: z.string().trim().min(1, { error: 'invoice (nomor faktur atau referensi tagihan) wajib diisi' }),
    contact: z.string().trim().min(1, { error: 'contact (kontak penyedia) wajib diisi' }),
    subject: z.string().trim().min(1).optional(),
  })
  .strict();

const configSchema = z
  .object({
    $schema: z.string().optional(),
    contracts: z.array(contractSchema),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.contracts.forEach((contract, index) => {
      if (seen.has(contract.id)) ctx.addIssue({ code: 'custom', path: ['contracts', index, 'id'], message: `id "${contract.id}" sudah dipakai kontrak lain` });
      seen.add(contract.id);
    });
  });

export type Contract = z.output<typeof contractSchema>;
export interface RenewalsConfig {
  contracts: Contract[];
}

export function parseRenewalsConfig(text: string, file = RENEWALS_CONFIG): RenewalsConfig {
  const data = parseJsonConfig(configSchema, text, file);
  return { contracts: data.contracts };
}

/** deploy/renewals.json of the site at `root`; a missing file is no contracts. */
export async function loadRenewalsConfig(root: string, file = RENEWALS_CONFIG): Promise<RenewalsConfig> {
  let text: string;
  try {
    text = await readFile(path.resolve(root, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { contracts: [] };
    throw error;
  }
  return parseRenewalsConfig(text, file);
}

// ---------------------------------------------------------------------------------------------
// The reminder policy.

export interface ObservedExpiry {
  check: 'tls' | 'domain';
  subject: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** An open reminder issue, read back from its marker. */
export interface OpenReminder {
  number: number;
  /** Contract id, or `tls:<host>` / `domain:<name>` for what only the monitor knows. */
  id: string;
  /** YYYY-MM-DD the reminder is about. */
  expires: string;
  /** The last threshold announced: 30, 14, 7 or 0 (expired). */
  stage: Stage;
  body: string;
}

export type Stage = 30 | 14 | 7 | 0;

export type RenewalAction =
  | { kind: 'open'; id: string; expires: string; stage: Stage; title: string; body: string; labels: string[] }
  /** A threshold crossed: comment, and the marker's stage in the body moves on. */
  | { kind: 'remind'; number: number; id: string; stage: Stage; comment: string; body: string }
  /** Renewed: comment and close. */
  | { kind: 'close'; number: number; id: string; comment: string };

const MARKER = /<!-- laman:perpanjangan id=(\S+) expires=(\d{4}-\d{2}-\d{2}) stage=(30|14|7|0) -->/;

export function reminderMarker(id: string, expires: string, stage: Stage): string {
  return `<!-- laman:perpanjangan id=${encodeURIComponent(id)} expires=${expires} stage=${stage} -->`;
}

export function parseReminderMarker(body: string | null | undefined): { id: string; expires: string; stage: Stage } | undefined {
  const match = MARKER.exec(body ?? '');
  if (!match) return undefined;
  return { id: decodeURIComponent(match[1] ?? ''), expires: match[2] ?? '', stage: Number(match[3]) as Stage };
}

/** The calendar day in the court's zone (WIB). */
function courtDay(at: Date): string {
  return formatTime(at.toISOString(), COURT_ZONE).slice(0, 10);
}

function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000);
}

/** 30 → 14 → 7 → 0 (expired: the day after the last valid day); undefined: more than 30 days left. */
export function stageFor(daysLeft: number): Stage | undefined {
  if (daysLeft < 0) return 0;
  if (daysLeft <= 7) return 7;
  if (daysLeft <= 14) return 14;
  if (daysLeft <= 30) return 30;
  return undefined;
}

/** Lower is more urgent; 30 is the mildest. */
function moreUrgent(a: Stage, b: Stage): boolean {
  return a < b;
}

const KIND_NAMES: Record<ContractKind, string> = { connection: 'Koneksi internet', hosting: 'Hosting', domain: 'Domain', certificate: 'Sertifikat TLS' };

interface Item {
  id: string;
  kind: ContractKind;
  contract?: Contract;
  /** The file's expiry (contract), if any. */
  fileExpires?: string;
  /** What TLS/RDAP reported, as a WIB day. */
  observedExpires?: string;
  observedCheck?: 'tls' | 'domain';
  /** What reminders count from: the observation when there is one, else the file. */
  expires: string;
  subject?: string;
}

function matches(contract: Contract, observed: ObservedExpiry): boolean {
  const check = contract.kind === 'domain' ? 'domain' : contract.kind === 'certificate' ? 'tls' : undefined;
  return check === observed.check && !!contract.subject && contract.subject.toLowerCase() === observed.subject.toLowerCase();
}

function itemsOf(contracts: readonly Contract[], observed: readonly ObservedExpiry[]): Item[] {
  const used = new Set<ObservedExpiry>();
  const items: Item[] = contracts.map((contract) => {
    const seen = observed.find((o) => matches(contract, o));
    if (seen) used.add(seen);
    const observedExpires = seen ? courtDay(new Date(seen.expiresAt)) : undefined;
    return {
      id: contract.id,
      kind: contract.kind,
      contract,
      fileExpires: contract.expires,
      ...(observedExpires ? { observedExpires, observedCheck: seen!.check } : {}),
      expires: observedExpires ?? contract.expires,
      ...(contract.subject ? { subject: contract.subject } : {}),
    };
  });
  for (const o of observed) {
    if (used.has(o) || Number.isNaN(Date.parse(o.expiresAt))) continue;
    const day = courtDay(new Date(o.expiresAt));
    items.push({ id: `${o.check}:${o.subject.toLowerCase()}`, kind: o.check === 'tls' ? 'certificate' : 'domain', observedExpires: day, observedCheck: o.check, expires: day, subject: o.subject });
  }
  return items;
}

function itemName(item: Item): string {
  if (item.contract) return `${KIND_NAMES[item.kind]}: ${item.contract.service} (${item.contract.provider})`;
  return `${KIND_NAMES[item.kind]}: ${item.subject ?? item.id}`;
}

function daysText(days: number): string {
  if (days < 0) return `sudah berakhir ${-days} hari yang lalu`;
  if (days === 0) return 'berakhir hari ini';
  return `${days} hari lagi`;
}

function reminderBody(item: Item, stage: Stage, days: number): string {
  const c = item.contract;
  const source = item.observedCheck === 'tls' ? 'sertifikat TLS yang dipasang' : 'RDAP (data pendaftaran domain)';
  const lines = [
    reminderMarker(item.id, item.expires, stage),
    `## ${escapeText(itemName(item))}`,
    '',
    `- Berakhir: **${item.expires}** (${daysText(days)})`,
  ];
  if (c) {
    lines.push(`- Layanan: ${escapeText(c.service)} (${KIND_NAMES[c.kind]})`, `- Penyedia: ${escapeText(c.provider)}`, `- Faktur / referensi tagihan: ${escapeText(c.invoice)}`, `- Kontak penyedia: ${escapeText(c.contact)}`);
    lines.push(`- Tanggal berakhir menurut \`deploy/renewals.json\`: ${c.expires}`);
  } else {
    lines.push('- Tidak tercatat di `deploy/renewals.json` (mis. sertifikat yang diperpanjang otomatis): periksa bahwa perpanjangan otomatisnya berjalan, atau catat kontraknya.');
  }
  if (item.observedExpires) lines.push(`- Tanggal berakhir menurut ${source}: ${item.observedExpires}`);
  if (c && item.observedExpires && item.observedExpires !== c.expires) {
    lines.push('', `**Catatan:** berkas dan ${source} tidak sama (${c.expires} menurut berkas, ${item.observedExpires} menurut pemeriksaan). Pengingat mengikuti hasil pemeriksaan; samakan berkasnya.`);
  }
  lines.push(
    '',
    '## Langkah perpanjangan (SOP F4, waktu baku 3 jam)',
    '',
    `- [ ] Siapkan faktur dari penyedia${c ? ` (${escapeText(c.invoice)})` : ''}.`,
    '- [ ] Ajukan pembayaran kepada pejabat yang berwenang.',
    `- [ ] Konfirmasi ke penyedia${c ? ` (${escapeText(c.contact)})` : ''} bahwa layanan sudah diperpanjang, dan minta tanggal berakhir yang baru.`,
    '- [ ] Perbarui `expires` (dan `invoice`) di `deploy/renewals.json` lewat pull request.',
    '',
    'Pengingat dikirim 30, 14 dan 7 hari sebelum berakhir, dan saat sudah berakhir. Isu ini ditutup otomatis saat tanggal berakhir yang baru terlihat (di berkas atau dari pemeriksaan).',
  );
  return lines.join('\n') + '\n';
}

function stageComment(item: Item, stage: Stage, days: number): string {
  const head = stage === 0 ? `**Sudah berakhir**: ${escapeText(itemName(item))} berakhir pada ${item.expires}.` : `**Tinggal ${days} hari**: ${escapeText(itemName(item))} berakhir pada ${item.expires}.`;
  return `${head}\n\nSelesaikan langkah perpanjangan di atas${stage === 0 ? ' segera: layanan dapat terhenti' : ''}.`;
}

export interface RenewalPlanInput {
  contracts: readonly Contract[];
  observed: readonly ObservedExpiry[];
  open: readonly OpenReminder[];
  now: Date;
}

export function planRenewals(input: RenewalPlanInput): RenewalAction[] {
  const today = courtDay(input.now);
  const actions: RenewalAction[] = [];
  const items = itemsOf(input.contracts, input.observed);
  for (const item of items) {
    const reminders = input.open.filter((r) => r.id === item.id).sort((a, b) => a.number - b.number);
    // Reminders about an earlier expiry: the contract has been renewed since.
    for (const old of reminders.filter((r) => r.expires < item.expires)) {
      const fileStale = item.fileExpires !== undefined && item.fileExpires < item.expires;
      actions.push({
        kind: 'close',
        number: old.number,
        id: item.id,
        comment: [
          `Diperpanjang: tanggal berakhir sekarang **${item.expires}** (sebelumnya ${old.expires}).`,
          fileStale ? `\`deploy/renewals.json\` masih mencatat ${item.fileExpires}: perbarui \`expires\` dan \`invoice\` kontrak \`${item.id}\` lewat pull request.` : '',
          'Isu ditutup otomatis.',
        ]
          .filter(Boolean)
          .join('\n\n'),
      });
    }
    const days = daysBetween(today, item.expires);
    const stage = stageFor(days);
    if (stage === undefined) continue;
    const current = reminders.find((r) => r.expires === item.expires);
    if (!current) {
      actions.push({
        kind: 'open',
        id: item.id,
        expires: item.expires,
        stage,
        title: `[Perpanjangan] ${plainTitle(itemName(item))} berakhir ${item.expires}`,
        body: reminderBody(item, stage, days),
        labels: [RENEWAL_LABEL],
      });
    } else if (moreUrgent(stage, current.stage)) {
      const body = current.body.replace(MARKER, reminderMarker(item.id, item.expires, stage));
      actions.push({ kind: 'remind', number: current.number, id: item.id, stage, comment: stageComment(item, stage, days), body });
    }
  }
  return actions;
}

function plainTitle(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').slice(0, 200);
}
