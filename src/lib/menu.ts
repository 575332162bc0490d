// Site navigation built from the halaman collection's `menu` and `urutan` fields.
import { LABEL_MENU, type Menu } from '../schema/halaman.ts';

export interface TautanMenu {
  judul: string;
  url: string;
}

export interface GrupMenu {
  id: Exclude<Menu, 'tidak-tampil'>;
  judul: string;
  tautan: TautanMenu[];
}

export interface HalamanMenu {
  judul: string;
  url: string;
  menu: Menu;
  urutan: number;
}

export function buildMenu(pages: readonly HalamanMenu[]): GrupMenu[] {
  const groups = Object.entries(LABEL_MENU) as [GrupMenu['id'], string][];
  return groups
    .map(([id, judul]) => ({
      id,
      judul,
      tautan: pages
        .filter((p) => p.menu === id)
        .sort((a, b) => a.urutan - b.urutan || a.judul.localeCompare(b.judul, 'id'))
        .map(({ judul, url }) => ({ judul, url })),
    }))
    .filter((g) => g.tautan.length > 0);
}
