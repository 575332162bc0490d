import { expect, it } from 'vitest';
import { buildMenu } from './menu.ts';

it('groups pages by menu in the fixed order, sorted by urutan then title, leaving hidden pages out', () => {
  const menu = buildMenu([
    { judul: 'Biaya Perkara', url: '/biaya-perkara/', menu: 'layanan', urutan: 20 },
    { judul: 'Prosedur Berperkara', url: '/prosedur-berperkara/', menu: 'layanan', urutan: 10 },
    { judul: 'Visi dan Misi', url: '/visi-misi/', menu: 'tentang', urutan: 20 },
    { judul: 'Profil', url: '/profil/', menu: 'tentang', urutan: 20 },
    { judul: 'Kontak', url: '/kontak/', menu: 'tidak-tampil', urutan: 1 },
  ]);
  expect(menu).toEqual([
    { id: 'tentang', judul: 'Tentang Pengadilan', tautan: [{ judul: 'Profil', url: '/profil/' }, { judul: 'Visi dan Misi', url: '/visi-misi/' }] },
    {
      id: 'layanan',
      judul: 'Layanan Hukum',
      tautan: [{ judul: 'Prosedur Berperkara', url: '/prosedur-berperkara/' }, { judul: 'Biaya Perkara', url: '/biaya-perkara/' }],
    },
  ]);
});
