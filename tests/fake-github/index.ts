// The fake GitHub for tests: see docs/fake-github.md.

export { startFakeGitHub } from './server.ts';
export type { Fault, FakeGitHub, FakeGitHubOptions, RequestMatch, RequestRecord, Violation, ViolationKind } from './server.ts';
export { createTestOctokit, TestOctokit, unpaced } from './octokit.ts';
export type { LimitEvent, TestOctokitInstance } from './octokit.ts';
export { loadDescription } from './description.ts';
