// RSS feeds for berita and pengumuman.
import rss from '@astrojs/rss';
import { entryUrl, getBerita, getPengaturan, getPengumuman } from './site.ts';

export async function feed(jenis: 'berita' | 'pengumuman', site: URL | undefined) {
  if (!site) throw new Error('url_situs belum diatur: RSS memerlukan alamat situs');
  const situs = await getPengaturan();
  const entries = (jenis === 'berita' ? await getBerita() : await getPengumuman()).slice(0, 50);
  return rss({
    title: `${jenis === 'berita' ? 'Berita' : 'Pengumuman'} ${situs.nama}`,
    description: situs.deskripsi,
    site,
    customData: '<language>id</language>',
    items: entries.map((e) => ({
      title: e.data.judul,
      description: e.data.ringkasan,
      pubDate: e.data.tanggal,
      link: entryUrl(e),
      categories: [e.data.kategori, ...e.data.tag],
    })),
  });
}
