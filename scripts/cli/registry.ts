// Every `laman` command, in the order `laman help` lists them. A command's module (and
// whatever it imports: sharp, pdf.js, Astro…) loads only when that command runs, so
// `laman help` and light commands such as `laman cms-login` start fast. registry.test.ts
// keeps the names and summaries here equal to the commands' own.
import type { Command } from './context.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'start', summary: 'Run the site and the CMS (local editorial workflow) on 127.0.0.1', load: async () => (await import('./commands/start.ts')).startCommand },
  { name: 'build', summary: 'Check the content (laman check), build the site with Astro and index it with Pagefind', load: async () => (await import('./commands/build.ts')).buildCommand },
  { name: 'publish', summary: 'Publish the checked-out commit: check, build, manifest, deploy, archive with its approvals', load: async () => (await import('./commands/publish.ts')).publishCommand },
  { name: 'validate', summary: 'Check every content file against the content schemas', load: async () => (await import('./commands/validate.ts')).validateCommand },
  { name: 'check', summary: 'Check content before publication: writing rules, personal data, images, PDFs', load: async () => (await import('./commands/check.ts')).checkCommand },
  { name: 'gate', summary: 'Editorial gate: decide a pull request against the SOP E review chain', load: async () => (await import('./commands/gate.ts')).gateCommand },
  { name: 'archive verify', summary: 'Verify the publication archive: every record, the hash chain, archived files and approval sheets', load: async () => (await import('./commands/archive-verify.ts')).archiveVerifyCommand },
  { name: 'archive show', summary: "Print a content item's publication history from the archive", load: async () => (await import('./commands/archive-show.ts')).archiveShowCommand },
  { name: 'backup create', summary: 'Back up all Git refs, the built site, the GitHub issues and settings to every backup target (restic)', load: async () => (await import('./commands/backup-create.ts')).backupCreateCommand },
  { name: 'backup verify', summary: 'Check the backups: restic check --read-data and a test restore compared with MANIFEST.json', load: async () => (await import('./commands/backup-verify.ts')).backupVerifyCommand },
  { name: 'backup restore', summary: 'Restore a backup snapshot (Git repository with every ref, site, GitHub export, settings) into an empty folder', load: async () => (await import('./commands/backup-restore.ts')).backupRestoreCommand },
  { name: 'backup restore-test', summary: 'Scheduled restore test: restore the latest backup, git fsck, compare refs, optionally rebuild the site', load: async () => (await import('./commands/backup-restore-test.ts')).backupRestoreTestCommand },
  { name: 'setup-github', summary: 'Create or check the review-chain labels and the branch ruleset on GitHub', load: async () => (await import('./commands/setup-github.ts')).setupGithubCommand },
  { name: 'preview', summary: 'Point a pull request\'s deploy-preview status (shown by Decap) at its built preview', load: async () => (await import('./commands/preview.ts')).previewCommand },
  { name: 'logscan', summary: 'Scan nginx/Apache access logs (plain or gzip) for suspicious visitor activity (SOP F3)', load: async () => (await import('./commands/logscan.ts')).logscanCommand },
  { name: 'monitor', summary: 'Check the live site (availability, freshness, integrity, TLS, domain, links, ruleset), record the run, manage incidents, refresh the status page', load: async () => (await import('./commands/monitor.ts')).monitorCommand },
  { name: 'renewals', summary: 'Renewal reminders for connection, hosting, domain and certificates (issues 30/14/7 days before expiry)', load: async () => (await import('./commands/renewals.ts')).renewalsCommand },
  { name: 'report', summary: "Write the Sekretaris's monthly situation report (Markdown and PDF); optionally record it and post it as an issue", load: async () => (await import('./commands/report.ts')).reportCommand },
  { name: 'status-page', summary: 'Render the public status page from the monitor records and incidents, and publish it beside the site', load: async () => (await import('./commands/status-page.ts')).statusPageCommand },
  { name: 'cms-login', summary: 'Serve the GitHub login for the CMS (Decap backend.base_url), behind nginx', load: async () => (await import('./commands/cms-login.ts')).cmsLoginCommand },
  { name: 'fixture', summary: 'Generate a synthetic court site content tree (tests, benchmarks)', load: async () => (await import('./commands/fixture.ts')).fixtureCommand },
  { name: 'sample assets', summary: 'Generate (or --check) the binary assets of the sample content', load: async () => (await import('./commands/sample-assets.ts')).sampleAssetsCommand },
  { name: 'bench build', summary: 'Benchmark cold builds of the site against bare Astro', load: async () => (await import('./commands/bench-build.ts')).benchBuildCommand },
  { name: 'bench publish', summary: 'Benchmark publishing a one-article change against a full publish on a generated site', load: async () => (await import('./commands/bench-publish.ts')).benchPublishCommand },
  { name: 'bench gate', summary: 'Benchmark the API requests of one editorial-gate run against the label events on a pull request', load: async () => (await import('./commands/bench-gate.ts')).benchGateCommand },
  { name: 'bench ops', summary: 'Benchmark the maintenance jobs: logscan lines/s and peak memory on a generated log, monitor wall time for N URLs', load: async () => (await import('./commands/bench-ops.ts')).benchOpsCommand },
  { name: 'bench check', summary: 'Benchmark laman check, image normalisation and the --fix cache', load: async () => (await import('./commands/bench-check.ts')).benchCheckCommand },
];
