// `laman publish`: check → build (Astro) → search index (Pagefind) → build manifest → deploy →
// archive. Each step runs only when the one before it succeeded, so a failing content check
// or build leaves the live site exactly as it was, and nothing is archived that was not
// deployed.
import path from 'node:path';
import { parseYaml, splitFrontmatter } from '../../src/check/frontmatter/yaml.ts';
import type { RepoRef } from '../gate/github/read.ts';
import type { GitHubClient } from '../github/client.ts';
import { approvalsForCommit, type PublishedApprovals } from './approvals.ts';
import { buildSite } from './build.ts';
import { fileAt, gitBytes, gitText } from './git.ts';
import { changedItems, itemUrl, parseNameStatus, supportingFiles, type ChangedItem } from './items.ts';
import { computeManifest, writeManifest } from './manifest.ts';
import type { ArchiveItemInput, BuildManifest, DeployResult, DeployTarget } from './types.ts';

/** Where archive records go; made by the command from scripts/archive (a git branch). */
export interface Archiver {
  append(items: ArchiveItemInput[], log: (line: string) => void): Promise<{ records: number[] }>;
}

export interface ReleaseRecorder {
  record(manifest: BuildManifest, log: (line: string) => void): Promise<void>;
}

export interface PublishOptions {
  /** The project (site code) the build runs in; the content comes from LAMAN_CONTENT_DIR or root/content. */
  root: string;
  /** The git work tree checked out at the commit to publish (default: root). */
  repoDir?: string;
  env: Record<string, string | undefined>;
  /** Output folder of the build (absolute). */
  out: string;
  /** The commit that was live before this push: what the archive compares against. */
  before?: string;
  /** Where to deploy; undefined when the workflow deploys the build itself (GitHub Pages). */
  target?: DeployTarget;
  archiver?: Archiver;
  /**
   * Records the manifest of the release now live (the records branch, for the monitor's
   * integrity check); called once the site is deployed, or on --archive-only after the
   * workflow's own deploy.
   */
  release?: ReleaseRecorder;
  /** Reads the approval chain of the published commit; without it, records say "tanpa GitHub". */
  github?: { octokit: GitHubClient; repo: RepoRef; teamsOctokit?: GitHubClient };
  /** Skip building: archive (and deploy) the build already in `out` (its manifest says which). */
  useExistingBuild?: boolean;
  now: () => Date;
  write: (text: string) => void;
  writeError: (text: string) => void;
}

export interface PublishResult {
  manifest: BuildManifest;
  deploy?: DeployResult;
  items: ChangedItem[];
  records: number[];
  approvals?: PublishedApprovals;
}

const ZERO = /^0+$/;

function dataOf(file: string, text: string): Record<string, unknown> {
  try {
    const yaml = /\.ya?ml$/i.test(file) ? text : splitFrontmatter(text)?.yaml;
    const data = yaml === undefined ? undefined : parseYaml(yaml).data;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function siteUrl(root: string, commit: string): Promise<string> {
  const settings = await fileAt(root, commit, 'content/pengaturan/situs.yml');
  const url = settings ? dataOf('situs.yml', settings.toString('utf8')).url_situs : undefined;
  return typeof url === 'string' ? url : '';
}

/** The archive inputs for every content item the push changed, read from git at `commit` (or `before` for removals). */
export async function archiveInputs(
  root: string,
  commit: string,
  before: string | undefined,
  build: string,
  approvals: PublishedApprovals | undefined,
): Promise<{ items: ChangedItem[]; inputs: ArchiveItemInput[] }> {
  const range = before && !ZERO.test(before) ? [before, commit] : [await emptyTree(root), commit];
  // A rename is archived as the old item removed and the new one added.
  const diff = parseNameStatus((await gitBytes(root, ['diff', '--name-status', '-z', '--no-renames', ...range, '--', 'content/'])).toString('utf8'));
  const items = changedItems(diff);
  const base = await siteUrl(root, commit);
  const inputs: ArchiveItemInput[] = [];
  for (const item of items) {
    const at = item.perubahan === 'dihapus' ? range[0]! : commit;
    const isi = await fileAt(root, at, item.path);
    const text = isi?.toString('utf8') ?? '';
    const data = dataOf(item.path, text);
    const lampiran: ArchiveItemInput['lampiran'] = [];
    if (item.perubahan !== 'dihapus') {
      for (const file of supportingFiles(item.path, text)) {
        const bytes = await fileAt(root, commit, file);
        if (bytes) lampiran.push({ path: file, isi: bytes });
      }
    }
    const judul = typeof data.judul === 'string' ? data.judul : typeof data.nama === 'string' ? data.nama : item.slug;
    const url = item.perubahan === 'dihapus' ? undefined : itemUrl(base, item.koleksi, item.slug);
    inputs.push({
      koleksi: item.koleksi,
      slug: item.slug,
      judul,
      perubahan: item.perubahan,
      path: item.path,
      ...(item.perubahan === 'dihapus' || !isi ? {} : { isi }),
      lampiran,
      commit,
      ...(approvals?.pullRequest ? { pullRequest: approvals.pullRequest } : {}),
      persetujuan: approvals?.persetujuan ?? [],
      build,
      ...(url ? { url } : {}),
    });
  }
  return { items, inputs };
}

async function emptyTree(root: string): Promise<string> {
  return gitText(root, ['hash-object', '-t', 'tree', '/dev/null']);
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const { root, out, write } = options;
  const repoDir = options.repoDir ?? root;
  const step = (n: number, what: string) => write(`laman publish: [${n}/5] ${what}\n`);
  const commit = await gitText(repoDir, ['rev-parse', 'HEAD']);

  let manifest: BuildManifest;
  if (options.useExistingBuild) {
    const { readFile } = await import('node:fs/promises');
    manifest = JSON.parse(await readFile(path.join(out, 'laman-manifest.json'), 'utf8')) as BuildManifest;
    if (manifest.commit !== commit) {
      throw new Error(`build di ${out} dibuat dari commit ${manifest.commit.slice(0, 7)}, bukan ${commit.slice(0, 7)} yang sedang diterbitkan`);
    }
    write(`laman publish: memakai build ${manifest.build} yang sudah ada\n`);
  } else {
    step(1, 'memeriksa konten lalu membangun situs');
    // The build's "today" is the manifest's time: the restore test rebuilds with LAMAN_NOW =
    // manifest.dibuat and must get the same pages (the list of active pengumuman, dates).
    const builtAt = options.now();
    await buildSite({ root, env: { ...options.env, LAMAN_NOW: builtAt.toISOString() }, out, write, writeError: options.writeError, label: 'laman publish' });
    step(2, 'menghitung SHA-256 setiap berkas (manifest build)');
    manifest = await computeManifest(out, commit, builtAt, (done, total) => write(`laman publish: ${done}/${total} berkas\n`));
    await writeManifest(out, manifest);
    write(`laman publish: build ${manifest.build}, ${Object.keys(manifest.berkas).length} berkas\n`);
  }

  let deploy: DeployResult | undefined;
  if (options.target) {
    step(3, `memasang situs (${options.target.name})`);
    deploy = await options.target.deploy(out, manifest, (line) => write(`laman publish: ${line}\n`));
    write(`laman publish: build ${deploy.build} tayang di ${deploy.location}${deploy.previous ? ` (sebelumnya ${deploy.previous})` : ''}\n`);
  } else {
    step(3, 'pemasangan dilakukan oleh workflow (GitHub Pages)');
  }
  if (options.release && (deploy || options.useExistingBuild)) {
    await options.release.record(manifest, (line) => write(`laman publish: ${line}\n`));
  }

  if (!options.archiver) {
    write('laman publish: [4/5] [5/5] pengarsipan dilewati (--no-archive); jalankan laman publish --archive-only setelah situs tayang\n');
    return { manifest, ...(deploy ? { deploy } : {}), items: [], records: [] };
  }

  step(4, 'membaca rantai persetujuan pull request');
  const approvals = options.github ? await approvalsForCommit(options.github.octokit, options.github.repo, commit, options.github.teamsOctokit) : undefined;
  if (approvals?.pullRequest) {
    const who = approvals.persetujuan.map((a) => `${a.nama} @${a.oleh}`).join(', ');
    write(`laman publish: pull request #${approvals.pullRequest.nomor}: ${who || 'tanpa persetujuan'}\n`);
    if (approvals.state !== 'success' && approvals.state !== 'outside') {
      write(`laman publish: PERINGATAN: menurut gate, rantai persetujuan pull request #${approvals.pullRequest.nomor} belum lengkap saat digabung (${approvals.state}); catatan arsip memuat persetujuan yang ada saja\n`);
    }
  } else {
    write(`laman publish: ${options.github ? 'commit ini tidak berasal dari pull request yang digabung' : 'GitHub tidak dikonfigurasi (GITHUB_TOKEN, GITHUB_REPOSITORY): persetujuan tidak dicatat'}\n`);
  }

  step(5, 'mengarsipkan konten yang berubah');
  const { items, inputs } = await archiveInputs(repoDir, commit, options.before, manifest.build, approvals);
  let records: number[] = [];
  if (!inputs.length) write('laman publish: tidak ada konten yang berubah; tidak ada catatan arsip baru\n');
  else {
    records = (await options.archiver.append(inputs, (line) => write(`laman publish: ${line}\n`))).records;
    write(`laman publish: ${records.length} catatan arsip ditambahkan (${records.join(', ')})\n`);
  }
  return { manifest, ...(deploy ? { deploy } : {}), items, records, ...(approvals ? { approvals } : {}) };
}
