// decap-cms-locales ships no types. Its per-locale ESM files (the only entry points Node 24
// can load, see id.test.ts) each default-export one locale's phrase tree.
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  type Phrases = { readonly [key: string]: string | Phrases };
  const en: Phrases;
  export default en;
}
