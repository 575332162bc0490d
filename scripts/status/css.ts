// status/status.css: the status page's only stylesheet (an external file, as the site's CSP
// `style-src 'self'` requires). Colours and fonts are the public site's (src/styles/global.css):
// system fonts only, text contrast ≥ 4.5:1. Day states differ in height and pattern as well
// as colour, and each carries its text for screen readers, so colour is never the only cue.
export const STATUS_CSS = `:root {
  --biru: #0b3a5b;
  --biru-tua: #072a42;
  --biru-muda: #e8f0f6;
  --emas: #c9a227;
  --tautan: #0b5394;
  --teks: #1d252c;
  --teks-redup: #4a5561;
  --garis: #c9d3dc;
  --latar: #ffffff;
  --latar-lembut: #f5f7f9;
  --fokus: #b35c00;
  --ok-teks: #1b5e34;
  --ok-latar: #e3f2e8;
  --lama-teks: #8a1c1c;
  --lama-latar: #fdeaea;
  --kosong-teks: #6b4e00;
  --kosong-latar: #fff3d1;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif;
  line-height: 1.6;
  color: var(--teks);
  background: var(--latar);
}
a { color: var(--tautan); text-underline-offset: 0.15em; }
a:hover { color: var(--biru-tua); }
:focus-visible { outline: 3px solid var(--fokus); outline-offset: 2px; }
h1, h2, h3 { line-height: 1.25; color: var(--biru-tua); }
h1 { font-size: 1.8rem; margin: 1.5rem 0 0.5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; }
img { max-width: 100%; height: auto; }
.wadah { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.lewati {
  position: absolute; left: 0.5rem; top: -3rem; z-index: 10;
  background: var(--biru-tua); color: #fff; padding: 0.5rem 1rem; border-radius: 0 0 4px 4px;
}
.lewati:focus { top: 0; color: #fff; }
.kepala { background: var(--biru-tua); color: #fff; border-bottom: 4px solid var(--emas); }
.kepala .wadah { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem; min-height: 3rem; }
.kepala a { color: #fff; }
.kepala-nama { font-weight: 700; }
.meta { color: var(--teks-redup); font-size: 0.9rem; }

.ringkasan { margin: 1rem 0; padding: 1rem 1.25rem; border-left: 6px solid; border-radius: 4px; }
.ringkasan p { margin: 0.25rem 0; }
.ringkasan-judul { font-size: 1.3rem; font-weight: 700; }
.keadaan-normal { border-color: var(--ok-teks); background: var(--ok-latar); }
.keadaan-gangguan { border-color: var(--lama-teks); background: var(--lama-latar); }
.keadaan-tanpa-data { border-color: var(--kosong-teks); background: var(--kosong-latar); }
.usang { color: var(--kosong-teks); font-weight: 600; }

.pemeriksaan { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
.pemeriksaan > li { border: 1px solid var(--garis); border-radius: 4px; padding: 0.6rem 0.8rem; background: var(--latar-lembut); }
.pemeriksaan ul { margin: 0.25rem 0 0; padding-left: 1.1rem; font-size: 0.9rem; }
.label { display: inline-block; padding: 0 0.5rem; border-radius: 3px; font-size: 0.85rem; font-weight: 600; border: 1px solid; }
.label-ok { color: var(--ok-teks); background: var(--ok-latar); }
.label-warn, .label-unknown { color: var(--kosong-teks); background: var(--kosong-latar); }
.label-fail { color: var(--lama-teks); background: var(--lama-latar); }

.angka { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; }
.angka > div { border: 1px solid var(--garis); border-radius: 4px; padding: 0.5rem 1rem; min-width: 12rem; }
.angka dt { color: var(--teks-redup); font-size: 0.9rem; }
.angka dd { margin: 0; font-size: 1.6rem; font-weight: 700; color: var(--biru-tua); }

.hari { list-style: none; margin: 0.5rem 0; padding: 0; display: grid; grid-template-columns: repeat(90, minmax(2px, 1fr)); gap: 2px; align-items: end; height: 3rem; }
.hari > li { height: 100%; border-radius: 1px; }
.hari-normal { background: var(--ok-teks); }
.hari-sebagian { background: #b45309; }
.hari-berat { background: var(--lama-teks); }
.hari-kosong { background: repeating-linear-gradient(45deg, var(--garis) 0 2px, var(--latar) 2px 4px); border: 1px solid var(--teks-redup); }
.hari > .hari-sebagian { height: 80%; }
.hari > .hari-berat { height: 55%; }
.hari > .hari-kosong { height: 30%; }
.hari-sumbu { display: flex; justify-content: space-between; }
.legenda { list-style: none; margin: 0.5rem 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; font-size: 0.9rem; }
.legenda li { display: flex; align-items: center; gap: 0.4rem; }
.legenda span { display: inline-block; width: 0.8rem; height: 1.2rem; }
.legenda .hari-sebagian { height: 1rem; }
.legenda .hari-berat { height: 0.7rem; }
.legenda .hari-kosong { height: 0.4rem; }

table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--garis); vertical-align: top; }
th { background: var(--biru-muda); }
td.angka-sel { text-align: right; font-variant-numeric: tabular-nums; }
.gulir { overflow-x: auto; }
details { margin: 0.75rem 0; }
summary { cursor: pointer; color: var(--tautan); }
figure { margin: 0; }
figcaption { color: var(--teks-redup); font-size: 0.9rem; }
.kaki { margin-top: 3rem; padding: 1rem 0 2rem; border-top: 1px solid var(--garis); }
@media (prefers-contrast: more) {
  :root { --teks-redup: #1d252c; --garis: #4a5561; }
}
@media print {
  .kepala { background: none; color: #000; }
  .kepala a { color: #000; }
}
`;
