import { clientFromEnv, parseRepo } from '../../github/client.ts';
import { PREVIEW_CONTEXT, setPreviewStatus } from '../../publish/preview.ts';
import { UsageError, type Command } from '../context.ts';
import { parseOptions } from '../options.ts';

export const previewCommand: Command = {
  name: 'preview',
  summary: 'Point a pull request\'s deploy-preview status (shown by Decap) at its built preview',
  usage: `Usage: laman preview --pr N --url URL [--state pending|success|failure] [--repo OWNER/NAME]

Sets the classic commit status "${PREVIEW_CONTEXT}" on the pull request's head commit, with
URL as its link. Decap CMS shows "Lihat pratinjau" for a status whose context contains
"deploy". The pull-request workflow builds the site, uploads it as the artifact "pratinjau"
and calls this with the workflow run's address (docs/deploy.md, "Previews").
Token and API root from GITHUB_TOKEN and GITHUB_API_URL; --repo defaults to GITHUB_REPOSITORY.

Options:
  --pr N        the pull request
  --url URL     where the preview is (https only)
  --state S     pending, success (default) or failure
  --repo O/N    the repository
`,
  async run(args, ctx) {
    const { values } = parseOptions({
      args,
      options: { pr: { type: 'string' }, url: { type: 'string' }, state: { type: 'string', default: 'success' }, repo: { type: 'string' } },
    });
    const repoText = values.repo ?? ctx.env.GITHUB_REPOSITORY;
    const repo = repoText ? parseRepo(repoText) : undefined;
    if (!repo) throw new UsageError('--repo OWNER/NAME wajib diisi (atau GITHUB_REPOSITORY)');
    if (!values.pr || !/^[1-9]\d*$/.test(values.pr)) throw new UsageError('--pr N wajib diisi dengan nomor pull request');
    let url: URL;
    try {
      url = new URL(values.url ?? '');
    } catch {
      throw new UsageError('--url wajib berupa alamat lengkap, misalnya https://github.com/…/actions/runs/123');
    }
    if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1') throw new UsageError('--url harus https');
    const state = values.state;
    if (state !== 'pending' && state !== 'success' && state !== 'failure') throw new UsageError('--state harus pending, success atau failure');
    const sha = await setPreviewStatus(clientFromEnv(ctx.env), repo, Number(values.pr), { state, url: url.href });
    ctx.stdout.write(`status ${PREVIEW_CONTEXT}: ${state} pada ${sha.slice(0, 7)} → ${url.href}\n`);
    return 0;
  },
};
