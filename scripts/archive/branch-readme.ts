// README.md of the archive branch (Indonesian): what the branch is, that nobody edits it
// by hand, and how anyone can check it, with Laman or with sha256sum alone. Written once,
// in the branch's first commit.
import { DEFAULT_BRANCH } from './layout.ts';

export function branchReadme(branch: string = DEFAULT_BRANCH): string {
  return `# Arsip publikasi situs

Cabang \`${branch}\` ini adalah arsip publikasi situs pengadilan (SOP E langkah 7: konten
yang diterbitkan diarsipkan bersama dokumen pendukungnya). Setiap kali situs diterbitkan,
Laman menambahkan satu **catatan** untuk setiap konten yang ditambah, diubah atau dihapus:
isi konten dan lampirannya persis seperti yang terbit, commit, pull request, siapa yang
menyetujui setiap tahap rantai penyuntingan dan kapan, nomor build, serta sidik SHA-256-nya.

**Jangan pernah menyunting, menghapus, memindahkan atau menimpa berkas di cabang ini.**
Arsip hanya boleh ditambah, dan hanya oleh Laman (\`laman publish\`). Setiap perubahan
tangan merusak rantai hash dan akan dilaporkan sebagai pemalsuan.

## Isi

| path | isi |
| --- | --- |
| \`catatan/000001.json\`, … | satu catatan per konten per publikasi, bernomor urut dari 1, dalam JSON kanonis (RFC 8785) |
| \`berkas/<sha256>\` | salinan berkas konten dan lampiran, dinamai menurut SHA-256 isinya (satu salinan untuk isi yang sama) |
| \`lembar/000001.pdf\`, … | Lembar Persetujuan Publikasi untuk catatan bernomor sama |

Setiap catatan menyebut hash catatan sebelumnya (\`sebelumnya\`); catatan 1 tidak. Hash
sebuah catatan adalah SHA-256 dari isi berkasnya apa adanya.

## Cara memeriksa

Dengan Laman, di salinan repositori situs (tanpa perlu checkout cabang ini):

    npx laman archive verify --branch ${branch}

Tanpa Laman, di checkout cabang ini:

    sha256sum catatan/000001.json   # harus sama dengan "sebelumnya" di catatan/000002.json
    sha256sum berkas/*              # setiap hash harus sama dengan nama berkasnya
    sha256sum lembar/000001.pdf     # harus sama dengan lembar.sha256 di catatan/000001.json

Riwayat satu konten: \`npx laman archive show SLUG\`.
`;
}
