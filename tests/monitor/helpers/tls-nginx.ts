// Debian's nginx on 127.0.0.1 with one `listen PORT ssl` server per certificate.
import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { findNginx, freePort, writeNginxConf } from '../../helpers/nginx.ts';
import type { KeyPair } from './certs.ts';

export interface TlsNginx {
  ports: Record<string, number>;
  stop(): Promise<void>;
}

export async function startTlsNginx(work: string, certs: Record<string, KeyPair>): Promise<TlsNginx> {
  const nginx = findNginx();
  const ports: Record<string, number> = {};
  const servers: string[] = [];
  for (const [name, pair] of Object.entries(certs)) {
    ports[name] = await freePort();
    servers.push(`  server {
    listen 127.0.0.1:${ports[name]} ssl;
    ssl_certificate ${pair.cert};
    ssl_certificate_key ${pair.key};
    location / { return 200 "ok\\n"; }
  }`);
  }
  const conf = await writeNginxConf(work, `  access_log off;\n${servers.join('\n')}`);
  const errorLog = path.join(work, 'error.log');
  const test = spawnSync(nginx, ['-t', '-p', work, '-c', conf, '-e', errorLog], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`konfigurasi nginx tidak valid:\n${test.stderr}`);
  const child = spawn(nginx, ['-p', work, '-c', conf, '-e', errorLog], { stdio: 'ignore' });
  for (const port of Object.values(ports)) await waitForPort(port, () => child.exitCode);
  return {
    ports,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}

async function waitForPort(port: number, exited: () => number | null): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (exited() !== null) throw new Error(`nginx berhenti saat mulai (kode ${exited()})`);
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx tidak mendengarkan di 127.0.0.1:${port} setelah 5 detik`);
}
