import { stat } from 'node:fs/promises';
import path from 'node:path';
import { GitError } from '../../archive/git.ts';
import { DEFAULT_BRANCH, padNomor } from '../../archive/layout.ts';
import { ArchiveError } from '../../archive/messages.ts';
import { verifyArchive, type VerifyResult } from '../../archive/verify.ts';
import { UsageError, UserError, type Command, type Context } from '../context.ts';
import { parseOptions } from '../options.ts';

export const archiveVerifyCommand: Command = {
  name: 'archive verify',
  summary: 'Verify the publication archive: every record, the hash chain, archived files and approval sheets',
  usage: `Usage: laman archive verify [--repo DIR] [--branch ${DEFAULT_BRANCH}] [--head SHA256] [--json]

Reads the archive branch of the site repository from git objects (no checkout needed; the
local branch, else origin/${DEFAULT_BRANCH}), recomputes the SHA-256 of every record and checks the
chain (each record names the previous record's hash), every archived file (berkas/<sha256>)
and every approval sheet (lembar/NNNNNN.pdf), and the branch's history (files are only ever
added). Reports each problem in Indonesian with its record number: a missing record, an
altered record, records in another order, a missing or altered file or sheet, a record that
cannot be read, a file changed or deleted by a later commit. Format: docs/archive.md.

Options:
  --repo DIR       a clone of the site repository (default: the current directory)
  --branch NAME    the archive branch (default: ${DEFAULT_BRANCH})
  --head SHA256    a chain head published earlier: it must still be a record of the chain
  --json           print the result as JSON

Exit status: 0 the archive is intact, 1 problems found (or the branch cannot be read),
2 usage error.
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: {
        repo: { type: 'string' },
        branch: { type: 'string' },
        head: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const repoDir = await repoOption(values.repo, ctx);
    if (values.head !== undefined && !/^[0-9a-f]{64}$/.test(values.head)) throw new UsageError(`--head harus SHA-256 (64 karakter heksadesimal huruf kecil), bukan "${values.head}"`);
    let result: VerifyResult;
    try {
      result = await verifyArchive({ repoDir, env: ctx.env, ...(values.branch !== undefined ? { branch: values.branch } : {}), ...(values.head !== undefined ? { publishedHead: values.head } : {}) });
    } catch (error) {
      if (error instanceof ArchiveError || error instanceof GitError) throw new UserError(error.message);
      throw error;
    }
    ctx.stdout.write(values.json ? JSON.stringify({ ok: result.problems.length === 0, ...result }, null, 2) + '\n' : describe(result));
    return result.problems.length ? 1 : 0;
  },
};

/** --repo, resolved against the working directory; a missing folder is a usage error. */
export async function repoOption(value: string | undefined, ctx: Context): Promise<string> {
  const repoDir = path.resolve(ctx.cwd, value ?? '.');
  const info = await stat(repoDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`--repo: folder tidak ditemukan: ${value ?? repoDir}`);
  return repoDir;
}

function describe(result: VerifyResult): string {
  const lines = [
    `Arsip ${result.branch} (${result.ref}, commit ${result.commit.slice(0, 12)}): ${result.records} catatan, ${result.files} berkas, ${result.sheets} lembar persetujuan.`,
    result.head ? `Kepala rantai: catatan ${padNomor(result.head.nomor)}, SHA-256 ${result.head.sha256}` : 'Belum ada catatan.',
  ];
  if (!result.problems.length) {
    lines.push('Arsip utuh: setiap catatan, tautan rantai, berkas dan lembar persetujuan cocok dengan hash-nya.');
  } else {
    lines.push('', `${result.problems.length} masalah ditemukan:`, ...result.problems.map((p) => `  - ${p.message}`));
  }
  return lines.join('\n') + '\n';
}
