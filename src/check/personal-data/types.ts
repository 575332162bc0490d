/** Stable rule names, shown to editors next to each finding. */
export type PersonalDataRule =
  | 'pribadi/nik'
  | 'pribadi/kk'
  | 'pribadi/npwp'
  | 'pribadi/telepon'
  | 'pribadi/email'
  | 'pribadi/rekening';

export interface PersonalDataFinding {
  rule: PersonalDataRule;
  severity: 'error';
  /** UTF-16 offset of the match in the input text. */
  offset: number;
  /** Length of the match in UTF-16 code units, separators included. */
  length: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what CodeMirror and most editors count). */
  column: number;
  /** never the full value */
  masked: string;
  /** What was found and why it matters. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** Values the court publishes on purpose, typically taken from `content/pengaturan/situs.yml`. */
export interface PersonalDataAllowlist {
  /** Any notation: `(0271) 555-0100`, `+62 812 3456 7890`; compared digit by digit after +62 → 0. */
  phones?: readonly string[];
  /** Whole addresses, compared case-insensitively. */
  emails?: readonly string[];
  /** `pn-contoh.go.id` allows that domain and all its subdomains. */
  emailDomains?: readonly string[];
}

/** What a rule module reports before positions and messages are added. */
export interface Candidate {
  rule: PersonalDataRule;
  offset: number;
  length: number;
  masked: string;
}
