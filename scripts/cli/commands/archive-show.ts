import { GitError } from '../../archive/git.ts';
import { DEFAULT_BRANCH } from '../../archive/layout.ts';
import { ArchiveError } from '../../archive/messages.ts';
import { formatHistory, readHistory, type History } from '../../archive/show.ts';
import { UsageError, UserError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';
import { repoOption } from './archive-verify.ts';

export const archiveShowCommand: Command = {
  name: 'archive show',
  summary: "Print a content item's publication history from the archive",
  usage: `Usage: laman archive show SLUG [--koleksi K] [--repo DIR] [--branch ${DEFAULT_BRANCH}] [--json]

Prints, in Indonesian, every archive record of the item SLUG (e.g. "pelayanan-sidang-
keliling"), oldest first: record number, when it was archived, the change (ditambah,
diubah, dihapus), the pull request, who approved each stage and when, the build and
commit. Reads the archive branch from git objects; it does not verify it (laman archive
verify does).

Options:
  --koleksi K      only the item of this collection (berita, pengumuman, dokumen, halaman, …)
  --repo DIR       a clone of the site repository (default: the current directory)
  --branch NAME    the archive branch (default: ${DEFAULT_BRANCH})
  --json           print the records as JSON

Exit status: 0 records found, 1 none found (or the branch cannot be read), 2 usage error.
`,
  async run(args, ctx) {
    const { values, positionals } = parseOptions({
      args,
      allowPositionals: true,
      options: {
        koleksi: { type: 'string' },
        repo: { type: 'string' },
        branch: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const [slug, ...extra] = positionals;
    if (slug === undefined || slug === '') throw new UsageError('sebutkan SLUG konten, misalnya "laman archive show pelayanan-sidang-keliling"');
    if (extra.length) throw new UsageError(`hanya satu SLUG, bukan ${positionals.length}`);
    const repoDir = await repoOption(values.repo, ctx);
    let history: History;
    try {
      history = await readHistory({
        repoDir,
        slug,
        env: ctx.env,
        ...(values.branch !== undefined ? { branch: values.branch } : {}),
        ...(values.koleksi !== undefined ? { koleksi: values.koleksi } : {}),
      });
    } catch (error) {
      if (error instanceof ArchiveError || error instanceof GitError) throw new UserError(error.message);
      throw error;
    }
    ctx.stdout.write(values.json ? JSON.stringify(history, null, 2) + '\n' : formatHistory(history));
    return history.records.length ? 0 : 1;
  },
};
