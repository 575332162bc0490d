// The Decap CMS configuration, generated from the content schemas and the environment:
// nothing in it is edited by hand. Served at /admin/config.json and passed to CMS.init.
import { COLLECTIONS, PENGATURAN_ID, type CollectionName } from '../../src/schema/collections.ts';
import { decapLoginSettings } from '../oauth/decap-settings.ts';
import { objectFields, type CmsField } from './fields.ts';

export interface CmsEnvironment {
  /** GitHub "owner/name" of the site repository (LAMAN_CMS_REPO). */
  repo: string;
  /** The branch the site is published from (LAMAN_CMS_BRANCH). */
  branch: string;
  /** Where the OAuth login handler runs (LAMAN_CMS_OAUTH_URL), e.g. https://pn-contoh.go.id/cms-login */
  oauthUrl: string | undefined;
  /** GitHub API, for GitHub Enterprise or a test double (LAMAN_CMS_API_URL). */
  apiUrl: string | undefined;
  /** decap-server's API, only for the local editorial workflow of `laman start`. */
  localBackendUrl: string | undefined;
  /** The public site, for "view live" links. */
  siteUrl: string;
  /** Path of the content folder inside the repository (always "content" in a court's repo). */
  contentPath: string;
}

export function cmsEnvironment(env: Record<string, string | undefined>, siteUrl: string): CmsEnvironment {
  return {
    repo: env.LAMAN_CMS_REPO ?? 'pengadilan/situs',
    branch: env.LAMAN_CMS_BRANCH ?? 'main',
    oauthUrl: env.LAMAN_CMS_OAUTH_URL || undefined,
    apiUrl: env.LAMAN_CMS_API_URL || undefined,
    localBackendUrl: env.LAMAN_CMS_LOCAL || undefined,
    siteUrl,
    contentPath: 'content',
  };
}

/** Where an entry's images or PDF go: a folder beside the entries, written as a relative path. */
const MEDIA: Partial<Record<CollectionName, string>> = { berita: 'gambar', pengumuman: 'gambar', dokumen: 'berkas' };

const COLLECTION_LABELS: Record<CollectionName, { label: string; singular: string; description: string }> = {
  berita: { label: 'Berita', singular: 'Berita', description: 'Berita kegiatan dan layanan pengadilan.' },
  pengumuman: { label: 'Pengumuman', singular: 'Pengumuman', description: 'Pengumuman untuk masyarakat; pengumuman serta merta tampil sebagai spanduk di beranda.' },
  dokumen: { label: 'Dokumen', singular: 'Dokumen', description: 'Dokumen informasi publik (PDF): putusan, laporan, SK, standar layanan.' },
  halaman: { label: 'Halaman', singular: 'Halaman', description: 'Halaman tetap di menu situs: profil, layanan, informasi publik.' },
  pengaturan: { label: 'Pengaturan Situs', singular: 'Pengaturan', description: 'Identitas, kontak dan daftar etika penulisan pengadilan.' },
};

const BODY: CmsField = {
  name: 'body',
  label: 'Isi',
  widget: 'markdown',
  hint: 'Gunakan subjudul (##), daftar dan tautan. Setiap gambar wajib diberi keterangan.',
};

function folderCollection(name: Exclude<CollectionName, 'pengaturan'>, env: CmsEnvironment) {
  const { label, singular, description } = COLLECTION_LABELS[name];
  const dated = name !== 'halaman';
  const media = MEDIA[name];
  return {
    name,
    label,
    label_singular: singular,
    description,
    folder: `${env.contentPath}/${COLLECTIONS[name].folder}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // Deleting a published entry in Decap commits straight to the branch, past the review
    // chain; removals go through a pull request made by the IT officer instead.
    delete: false,
    slug: '{{slug}}',
    identifier_field: 'judul',
    summary: dated ? '{{judul}} ({{tanggal}})' : '{{judul}}',
    sortable_fields: dated ? ['tanggal', 'judul'] : ['judul', 'urutan'],
    preview_path: name === 'halaman' ? '{{slug}}/' : `${name}/{{slug}}/`,
    ...(media ? { media_folder: media, public_folder: media } : {}),
    fields: [...objectFields(name, COLLECTIONS[name].schema as never), BODY],
  };
}

function settingsCollection(env: CmsEnvironment) {
  const { label, description } = COLLECTION_LABELS.pengaturan;
  return {
    name: 'pengaturan',
    label,
    description,
    delete: false,
    files: [
      {
        name: PENGATURAN_ID,
        label,
        file: `${env.contentPath}/${COLLECTIONS.pengaturan.folder}/${PENGATURAN_ID}.yml`,
        media_folder: '',
        public_folder: '',
        fields: objectFields('pengaturan', COLLECTIONS.pengaturan.schema as never),
      },
    ],
  };
}

export function buildCmsConfig(env: CmsEnvironment) {
  return {
    load_config_file: false,
    locale: 'id',
    publish_mode: 'editorial_workflow',
    backend: {
      name: 'github',
      repo: env.repo,
      branch: env.branch,
      // Decap accepts the login popup's message only from base_url's exact origin.
      ...(env.oauthUrl ? decapLoginSettings(env.oauthUrl) : {}),
      ...(env.apiUrl ? { api_root: env.apiUrl } : {}),
      // Decap's status labels; the review-chain labels (Redaktur, Editor…) sit beside them.
      cms_label_prefix: 'decap-cms/',
      squash_merges: false,
      commit_messages: {
        create: 'konten: buat {{collection}} "{{slug}}"',
        update: 'konten: ubah {{collection}} "{{slug}}"',
        delete: 'konten: hapus {{collection}} "{{slug}}"',
        uploadMedia: 'media: unggah "{{path}}"',
        deleteMedia: 'media: hapus "{{path}}"',
        openAuthoring: '{{message}}',
      },
    },
    ...(env.localBackendUrl ? { local_backend: { url: env.localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] } } : {}),
    site_url: env.siteUrl,
    display_url: env.siteUrl,
    logo_url: '/berkas/pengaturan/logo.svg',
    media_folder: `${env.contentPath}/media`,
    public_folder: '/berkas/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: [
      folderCollection('berita', env),
      folderCollection('pengumuman', env),
      folderCollection('dokumen', env),
      folderCollection('halaman', env),
      settingsCollection(env),
    ],
  };
}

export type CmsConfig = ReturnType<typeof buildCmsConfig>;
