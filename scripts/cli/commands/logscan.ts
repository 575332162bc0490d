import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitError } from '../../archive/git.ts';
import { renderMarkdown } from '../../logscan/markdown.ts';
import { recordLogscan } from '../../logscan/record.ts';
import { LogscanError, scanFiles } from '../../logscan/scan.ts';
import { parseSince, wibDay } from '../../logscan/time.ts';
import { RecordsError } from '../../records/store.ts';
import { UsageError, UserError, type Command, type Context } from '../context.ts';
import { parseOptions } from '../options.ts';

export const logscanCommand: Command = {
  name: 'logscan',
  summary: 'Scan nginx/Apache access logs (plain or gzip) for suspicious visitor activity (SOP F3)',
  usage: `Usage: laman logscan FILE… [--json] [--out DIR] [--record [--repo-dir DIR]] [--since ISO]

Reads access logs in nginx/Apache "combined" format or Laman's own "laman" format
(deploy/nginx/laman-log.conf), plain or gzip (logrotate's .gz files; told apart by their
content, not their name), "-" for stdin, streamed in constant memory. Looks for probing
(404/403), sensitive files, path traversal, SQL injection, XSS, scanner user agents,
backdoors, admin panels (WordPress, Joomla, phpMyAdmin), login brute force, aggressive
crawling and random-URI floods: each a leaky bucket per source IP, timed by the log lines
(thresholds: docs/logscan.md). Prints the visitor-activity log (log aktivitas pengunjung)
in Indonesian as Markdown.

Options:
  --json           print the report as JSON (LogscanReport) instead of Markdown
  --out DIR        also write log-aktivitas-YYYY-MM-DD.md and .json there (the WIB day of the
                   last log line, or of the scan when there is none)
  --record         add the report to the records branch (pemantauan), logscan/<time>.json
  --repo-dir DIR   the site repository for --record (default: the current directory)
  --since ISO      only lines logged from this time on (2026-11-20 or 2026-11-20T06:00;
                   WIB when no zone is given)

Exit status: 0 scanned (also when something was detected), 1 a log cannot be read or a
gzip file is corrupt, 2 usage error.
`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        out: { type: 'string' },
        record: { type: 'boolean' },
        'repo-dir': { type: 'string' },
        since: { type: 'string' },
      },
    });
    if (!positionals.length) throw new UsageError('sebutkan minimal satu berkas log (atau - untuk stdin)');
    if (positionals.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) hanya boleh disebut sekali');
    const since = values.since !== undefined ? parseSince(values.since) : undefined;
    if (values.since !== undefined && !since) throw new UsageError(`--since harus tanggal atau waktu ISO 8601 (mis. 2026-11-20 atau 2026-11-20T06:00:00+07:00), bukan "${values.since}"`);
    if (values['repo-dir'] !== undefined && !values.record) throw new UsageError('--repo-dir hanya dipakai bersama --record');
    const repoDir = values.record ? await directory(values['repo-dir'] ?? '.', ctx, '--repo-dir') : undefined;

    const now = ctx.now();
    let outcome;
    try {
      outcome = await scanFiles({
        files: positionals,
        cwd: ctx.cwd,
        stdin: stdinOf(ctx),
        now,
        ...(since ? { since } : {}),
        warn: (line) => ctx.stderr.write(`${line}\n`),
        progress: ctx.stderr,
      });
    } catch (error) {
      if (error instanceof LogscanError) throw new UserError(error.message);
      throw error;
    }
    const { report } = outcome;
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const markdown = renderMarkdown(report, { evictedSources: outcome.evictedSources, skipped: outcome.skipped, ...(since ? { since } : {}) });
    if (outcome.evictedSources) {
      ctx.stderr.write(`peringatan: ${outcome.evictedSources} alamat IP dilepas dari pemantauan agar memori cukup; jumlah permintaan per sumber bisa kurang dari sebenarnya\n`);
    }
    ctx.stdout.write(values.json ? json : markdown);

    if (values.out !== undefined) {
      const dir = path.resolve(ctx.cwd, values.out);
      await mkdir(dir, { recursive: true });
      const base = path.join(dir, `log-aktivitas-${wibDay(report.to ?? report.at)}`);
      await writeFile(`${base}.md`, markdown);
      await writeFile(`${base}.json`, json);
      ctx.stderr.write(`log aktivitas ditulis: ${base}.md dan ${base}.json\n`);
    }
    if (repoDir) {
      try {
        const commit = await recordLogscan(repoDir, ctx.env, report, now);
        ctx.stderr.write(`catatan disimpan di cabang pemantauan (commit ${commit.slice(0, 12)})\n`);
      } catch (error) {
        if (error instanceof RecordsError || error instanceof GitError) throw new UserError(`log aktivitas tidak dapat dicatat di cabang pemantauan: ${error.message}`);
        throw error;
      }
    }
    return 0;
  },
};

async function directory(value: string, ctx: Context, option: string): Promise<string> {
  const dir = path.resolve(ctx.cwd, value);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`${option}: folder tidak ditemukan: ${value}`);
  return dir;
}

/** Context carries no stdin (no other command reads one); a test may hand one in. */
function stdinOf(ctx: Context): AsyncIterable<Buffer | string> {
  return (ctx as Context & { stdin?: AsyncIterable<Buffer | string> }).stdin ?? process.stdin;
}
