// Serves a built site with Debian's nginx on 127.0.0.1, through the project's own
// deploy/nginx/laman-site.conf, exactly as a court's server would.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/project.ts';

const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx'];

export function findNginx(): string {
  const found = NGINX_CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('nginx tidak ditemukan: jalankan `apt-get install nginx` (atau .ci/run, yang memasangnya)');
  return found;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Writes `work/nginx.conf` around the given http-context lines. */
export async function writeNginxConf(work: string, http: string): Promise<string> {
  const tmp = path.join(work, 'tmp');
  await mkdir(tmp, { recursive: true });
  if (!existsSync('/etc/nginx/mime.types')) throw new Error('/etc/nginx/mime.types tidak ditemukan: paket nginx belum terpasang lengkap');
  const conf = path.join(work, 'nginx.conf');
  await writeFile(
    conf,
    `daemon off;
${workerUser()}worker_processes 1;
pid ${path.join(work, 'nginx.pid')};
error_log ${path.join(work, 'error.log')} warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path ${tmp};
  proxy_temp_path ${tmp};
  fastcgi_temp_path ${tmp};
  uwsgi_temp_path ${tmp};
  scgi_temp_path ${tmp};
${http}
}
`,
  );
  return conf;
}

export interface NginxServer {
  url: string;
  stop(): Promise<void>;
}

export async function startNginx(siteDir: string, workDir: string): Promise<NginxServer> {
  const nginx = findNginx();
  const port = await freePort();
  const conf = await writeNginxConf(
    workDir,
    `  access_log ${path.join(workDir, 'access.log')};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${siteDir};
    include ${path.join(PROJECT_ROOT, 'deploy', 'nginx', 'laman-site.conf')};
  }`,
  );
  const test = spawnSync(nginx, ['-t', '-p', workDir, '-c', conf, '-e', path.join(workDir, 'error.log')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`konfigurasi nginx tidak valid:\n${test.stderr}`);
  const child: ChildProcess = spawn(nginx, ['-p', workDir, '-c', conf, '-e', path.join(workDir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, child, () => stderr);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}

/**
 * Started as root, nginx hands requests to an unprivileged worker user that may not read
 * the build (a checkout under a private temporary folder): keep the workers as root then.
 * Started as anyone else, the workers already run as that user.
 */
function workerUser(): string {
  return process.getuid?.() === 0 ? 'user root root;\n' : '';
}

async function waitForHttp(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx berhenti saat mulai (kode ${child.exitCode}): ${stderr()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      // Not listening yet: try again shortly.
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx tidak menjawab di ${url} setelah 5 detik: ${stderr()}`);
}
