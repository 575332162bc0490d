// The Indonesian Decap CMS locale against the English one it was translated from
// (decap-cms-locales 3.8.2, the version decap-cms-app 3.16.3 pins): the same key paths,
// only non-empty strings, the same `%{…}` placeholders and `||||` plural variants, the
// same edge whitespace and line breaks, the agreed terms, and no English left behind.
//
// The package's bare entry point cannot be loaded by Node 24: `main` is a webpack UMD bundle
// that touches `window` (and exports nothing), and the ESM index (`module`, which Node
// ignores) re-exports extensionless paths. Each locale's ESM file stands alone, so the test
// imports `en` from that file directly, the same way under vitest and under plain Node.
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { describe, expect, it } from 'vitest';
import { id } from './id.ts';

type Leaf = { path: string; value: unknown };

/** Every leaf under `node`, by dotted path; objects are walked, anything else is a leaf. */
function leaves(node: unknown, prefix = ''): Leaf[] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) =>
      leaves(value, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [{ path: prefix, value: node }];
}

const enLeaves = new Map(leaves(en).map((l) => [l.path, l.value]));
const idLeaves = new Map(leaves(id).map((l) => [l.path, l.value]));

/** The English string at `path` and the Indonesian one beside it, for every English leaf. */
const pairs = [...enLeaves]
  .filter(([path]) => idLeaves.has(path))
  .map(([path, english]) => ({ path, english: String(english), indonesian: String(idLeaves.get(path)) }));

const placeholders = (text: string) => [...text.matchAll(/%\{([^}]*)\}/g)].map((m) => m[1]).sort();
const variants = (text: string) => text.split('||||');

/**
 * Strings that are the same in both languages by nature; each must really equal its English
 * value, so the list cannot hide a forgotten translation for long.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([
  'app.header.media', // "Media"
  'editor.editorToolbar.status', // "Status: %{status}"
  'editor.editorWidgets.markdown.markdown', // "Markdown", the format's name
  'ui.toast.onFailToAuth', // "%{details}"
  'workflow.workflowCard.lastChangeNoAuthor', // "%{date}"
]);

describe('Indonesian Decap CMS locale', () => {
  it('reads a real English locale', () => {
    expect(enLeaves.size).toBeGreaterThan(200);
    expect(enLeaves.get('auth.login')).toBe('Login');
  });

  it('has exactly the key paths of the English locale', () => {
    const missing = [...enLeaves.keys()].filter((path) => !idLeaves.has(path));
    const extra = [...idLeaves.keys()].filter((path) => !enLeaves.has(path));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(idLeaves.size).toBe(enLeaves.size);
  });

  it('has a non-empty string at every key', () => {
    const bad = [...idLeaves]
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([path, value]) => `${path}: ${JSON.stringify(value)}`);
    expect(bad).toEqual([]);
  });

  it('keeps every placeholder of the English string and adds none', () => {
    const bad = pairs
      .filter(({ english, indonesian }) => {
        const a = variants(english);
        const b = variants(indonesian);
        return (
          JSON.stringify(placeholders(english)) !== JSON.stringify(placeholders(indonesian)) ||
          (a.length === b.length &&
            a.some((v, i) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(b[i] ?? ''))))
        );
      })
      .map(({ path, english, indonesian }) => `${path}: ${english} => ${indonesian}`);
    expect(bad).toEqual([]);
  });

  it('has as many |||| plural variants as the English string', () => {
    const bad = pairs
      .filter(({ english, indonesian }) => variants(english).length !== variants(indonesian).length)
      .map(({ path }) => path);
    expect(bad).toEqual([]);
    // The English locale does use them, so the check above is not vacuous.
    expect(pairs.filter(({ english }) => english.includes('||||')).length).toBeGreaterThan(0);
  });

  it('keeps the edge spaces and line breaks Decap relies on when it joins strings', () => {
    const edges = (text: string) => [/^\s*/.exec(text)?.[0], /\s*$/.exec(text)?.[0], text.split('\n').length];
    const bad = pairs
      .filter(({ english, indonesian }) => JSON.stringify(edges(english)) !== JSON.stringify(edges(indonesian)))
      .map(({ path, english, indonesian }) => `${path}: ${JSON.stringify(english)} => ${JSON.stringify(indonesian)}`);
    expect(bad).toEqual([]);
  });

  it('translates every string except the few that are the same in both languages', () => {
    const untranslated = pairs
      .filter(({ path, english, indonesian }) => english === indonesian && !SAME_IN_BOTH.has(path))
      .map(({ path, english }) => `${path}: ${english}`);
    expect(untranslated).toEqual([]);
    const staleAllowlist = [...SAME_IN_BOTH].filter((path) => enLeaves.get(path) !== idLeaves.get(path));
    expect(staleAllowlist).toEqual([]);
  });

  it('contains no common English words', () => {
    // Brand and product names stay as they are; strip them before looking for English.
    const names = /Netlify Identity|Identity|Git Gateway|git-gateway|GitHub|GitLab|Bitbucket|Gitea|Forgejo|Azure|config\.yml|Markdown|Ctrl\+Enter/g;
    const english =
      /\b(the|a|an|and|or|to|of|in|is|are|be|by|for|from|with|your|you|please|this|not|no|all|new|add|save|delete|remove|publish|published|unpublish|entry|entries|loading|failed|changes|choose|image|file|search|view|ready|review|draft|login|log|out)\b/i;
    const bad = [...idLeaves]
      .filter(([path]) => !SAME_IN_BOTH.has(path))
      .filter(([, value]) => english.test(String(value).replace(/%\{[^}]*\}/g, '').replace(names, '')))
      .map(([path, value]) => `${path}: ${String(value)}`);
    expect(bad).toEqual([]);
  });

  it('uses the agreed Indonesian terms for the workflow and the main actions', () => {
    expect({
      draft: id.editor.editorToolbar.draft,
      inReview: id.editor.editorToolbar.inReview,
      ready: id.editor.editorToolbar.ready,
      draftHeader: id.workflow.workflowList.draftHeader,
      inReviewHeader: id.workflow.workflowList.inReviewHeader,
      readyHeader: id.workflow.workflowList.readyHeader,
      publish: id.editor.editorToolbar.publish,
      unpublish: id.editor.editorToolbar.unpublish,
      save: id.editor.editorToolbar.save,
      delete: id.editor.editorNotesPane.delete,
      workflow: id.app.header.workflow,
      media: id.app.header.media,
      collections: id.collection.sidebar.collections,
      login: id.auth.login,
      logOut: id.ui.settingsDropdown.logOut,
    }).toEqual({
      draft: 'Draf',
      inReview: 'Sedang Ditinjau',
      ready: 'Siap Terbit',
      draftHeader: 'Draf',
      inReviewHeader: 'Sedang Ditinjau',
      readyHeader: 'Siap Terbit',
      publish: 'Terbitkan',
      unpublish: 'Batalkan terbit',
      save: 'Simpan',
      delete: 'Hapus',
      workflow: 'Alur Kerja',
      media: 'Media',
      collections: 'Koleksi',
      login: 'Masuk',
      logOut: 'Keluar',
    });
    // Messages that name a status use the same words as the status itself.
    expect(id.editor.editor.onPublishingNotReady).toContain('"Siap Terbit"');
    expect(id.workflow.workflowList.onPublishingNotReadyEntry).toContain('"Siap Terbit"');
    expect(id.editor.editorToolbar.statusInfoTooltipDraft).toContain('Sedang Ditinjau');
    // "entry" is "entri" wherever English says entry/entries, and never the English word.
    const entryPairs = pairs.filter(({ english }) => /\bentr(y|ies)\b/i.test(english));
    expect(entryPairs.length).toBeGreaterThan(10);
    expect(entryPairs.filter(({ indonesian }) => !/\bentri\b/i.test(indonesian)).map(({ path }) => path)).toEqual([]);
  });
});
