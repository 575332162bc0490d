// The manifest of the release now live, kept on the records branch ("pemantauan") as
// rilis/laman-manifest.json: what `laman monitor` compares the live site with. Not on the
// site alone, because a defacer who changes pages can change the live manifest too.
import { RECORDS_BRANCH, RELEASED_MANIFEST_PATH } from '../records/layout.ts';
import { appendAndPush } from '../records/store.ts';
import type { ReleaseRecorder } from './publish.ts';

export interface ReleaseRecorderOptions {
  repoDir: string;
  env: Record<string, string | undefined>;
  now: () => Date;
  /** Push the records branch to origin (when the checkout has one). */
  push: boolean;
}

export function releaseRecorder(options: ReleaseRecorderOptions): ReleaseRecorder {
  return {
    async record(manifest, log) {
      const commit = await appendAndPush({
        repoDir: options.repoDir,
        env: options.env,
        files: [{ path: RELEASED_MANIFEST_PATH, content: `${JSON.stringify(manifest, null, 2)}\n`, mode: 'replace' }],
        message: `rilis: manifes build ${manifest.build} (commit ${manifest.commit.slice(0, 7)})`,
        now: options.now(),
        push: options.push,
        log,
      });
      log(`manifes rilis dicatat di cabang ${RECORDS_BRANCH} (${commit.slice(0, 7)}): pembanding pemeriksaan integritas laman monitor`);
    },
  };
}
