// The sample content must be free of personal data, with the court's own contacts allowed
// as content/pengaturan/situs.yml lists them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { findPersonalData, type PersonalDataAllowlist } from './index.ts';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));

interface SitusKontak {
  telepon?: { nomor?: string }[];
  kontak_darurat?: { telepon?: string };
  email?: string;
}

function allowlistFrom(situs: SitusKontak): PersonalDataAllowlist {
  const phones = [...(situs.telepon ?? []).map((t) => t.nomor), situs.kontak_darurat?.telepon];
  const email = situs.email;
  return {
    phones: phones.filter((p): p is string => typeof p === 'string'),
    emails: email === undefined ? [] : [email],
    emailDomains: email === undefined ? [] : [email.slice(email.lastIndexOf('@') + 1)],
  };
}

const situs = parse(readFileSync(join(contentDir, 'pengaturan/situs.yml'), 'utf8')) as SitusKontak;
const allow = allowlistFrom(situs);
const markdownFiles = (readdirSync(contentDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();

it('reads the allowlist from the site settings', () => {
  expect(allow.emailDomains).toEqual(['pn-contoh.go.id']);
  expect(allow.phones?.length).toBeGreaterThan(0);
  expect(markdownFiles.length).toBeGreaterThan(0);
});

it.each(markdownFiles)('%s has no personal data', (file) => {
  const findings = findPersonalData(readFileSync(join(contentDir, file), 'utf8'), allow);
  expect(findings.map((f) => `${file}:${f.line}:${f.column} ${f.rule} ${f.masked}`)).toEqual([]);
});
