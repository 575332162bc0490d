// How `laman monitor` introduces itself to the site: every request of its checks carries this
// user agent, so a court's access log shows it for what it is, and `laman logscan` does not
// report the integrity check's defacement probes (/shell.php, /wp-login.php …) and page
// fetches every 15 minutes as an attack (scripts/logscan/scenarios.ts `trustsMonitor`).
export const MONITOR_USER_AGENT = 'Laman-Pemantau/1 (pemantauan situs oleh Laman)';

/** Whether a logged user agent is the monitor's. */
export function isMonitorUserAgent(userAgent: string): boolean {
  return userAgent.startsWith('Laman-Pemantau/');
}

/** `fetcher` with the monitor's user agent on every request that sets none. */
export function withUserAgent(fetcher: typeof fetch): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (!headers.has('user-agent')) headers.set('user-agent', MONITOR_USER_AGENT);
    return fetcher(input, { ...init, headers });
  };
}
