// Previews with the site's own markup (the classes of DetailArtikel.astro, the document
// page and [halaman].astro) and its stylesheet, so an entry looks in the editor as it
// will on the site.
import type { CreateElement, PreviewProps } from './decap.ts';

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "21 November 2026", as the site's <Tanggal> writes it; the raw text when it is not a date. */
export function tanggalPanjang(value: unknown): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return typeof value === 'string' ? value : '';
  return `${Number(match[3])} ${BULAN[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/** "a · b · c" without the separators of empty parts. */
export function meta(...parts: string[]): string {
  return parts.filter((p) => p.trim()).join(' · ');
}

const text = (props: PreviewProps, field: string): string => {
  const value = props.entry.getIn(['data', field]);
  return typeof value === 'string' ? value : '';
};

interface Layout {
  /** The small label above the title ("Berita"); none for a halaman. */
  bagian?: string;
  /** The line under the title: date, category, author… */
  meta?: string;
  /** Between the header and the body: the photo, the file name. */
  media?: unknown;
}

/** The article page's frame, as DetailArtikel.astro lays it out. */
function article(h: CreateElement, props: PreviewProps, layout: Layout) {
  return h(
    'div',
    { className: 'wadah sempit' },
    h(
      'article',
      { className: 'artikel' },
      h(
        'header',
        { className: 'artikel-kepala' },
        layout.bagian ? h('p', { className: 'label-bagian' }, layout.bagian) : null,
        h('h1', null, text(props, 'judul') || '(judul belum diisi)'),
        layout.meta ? h('p', { className: 'meta' }, layout.meta) : null,
        h('p', { className: 'ringkasan' }, text(props, 'ringkasan')),
      ),
      layout.media ?? null,
      h('div', { className: 'prosa' }, props.widgetFor('body')),
    ),
  );
}

const tanggalOf = (props: PreviewProps) => tanggalPanjang(props.entry.getIn(['data', 'tanggal']));

export function artikelPreview(h: CreateElement, bagian: string) {
  return (props: PreviewProps) => {
    const gambar = text(props, 'gambar');
    const asset = gambar ? props.getAsset(gambar)?.toString() : undefined;
    return article(h, props, {
      bagian,
      meta: meta(tanggalOf(props), text(props, 'kategori'), text(props, 'penulis')),
      media: asset ? h('figure', { className: 'artikel-gambar' }, h('img', { src: asset, alt: text(props, 'alt_gambar') })) : undefined,
    });
  };
}

export function dokumenPreview(h: CreateElement) {
  return (props: PreviewProps) =>
    article(h, props, {
      bagian: 'Dokumen',
      meta: meta(text(props, 'nomor'), tanggalOf(props)),
      media: text(props, 'berkas') ? h('p', null, 'Berkas: ', text(props, 'berkas')) : undefined,
    });
}

export function halamanPreview(h: CreateElement) {
  return (props: PreviewProps) => article(h, props, {});
}
