// Test certificates made with the openssl CLI: a CA, leaves it signs, and a self-signed one.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

export interface KeyPair {
  cert: string;
  key: string;
}

export async function makeCa(dir: string, name = 'Laman Uji CA'): Promise<KeyPair> {
  const cert = path.join(dir, 'ca.pem');
  const key = path.join(dir, 'ca.key');
  await exec('openssl', ['req', '-x509', ...EC, '-keyout', key, '-out', cert, '-days', '365', '-subj', `/CN=${name}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  return { cert, key };
}

/** A server certificate for `dnsName`, signed by `ca`, valid `days` days from now. */
export async function makeLeaf(dir: string, name: string, dnsName: string, ca: KeyPair, days: number): Promise<KeyPair> {
  const key = path.join(dir, `${name}.key`);
  const csr = path.join(dir, `${name}.csr`);
  const cert = path.join(dir, `${name}.pem`);
  const ext = path.join(dir, `${name}.ext`);
  await writeFile(ext, `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:${dnsName}\n`);
  await exec('openssl', ['req', ...EC, '-keyout', key, '-out', csr, '-subj', `/CN=${dnsName}`]);
  await exec('openssl', ['x509', '-req', '-in', csr, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial', '-out', cert, '-days', String(days), '-extfile', ext]);
  return { cert, key };
}

export async function makeSelfSigned(dir: string, name: string, dnsName: string, days: number): Promise<KeyPair> {
  const key = path.join(dir, `${name}.key`);
  const cert = path.join(dir, `${name}.pem`);
  await exec('openssl', ['req', '-x509', ...EC, '-keyout', key, '-out', cert, '-days', String(days), '-subj', `/CN=${dnsName}`, '-addext', `subjectAltName=DNS:${dnsName}`]);
  return { cert, key };
}
