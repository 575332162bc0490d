// Runs the handshake page's scripts in a bare VM context with a recording stand-in for
// the browser's window.opener, so HTTP tests can see exactly what the page would post
// and where. The real browser run is in handshake.browser.test.ts.
import vm from 'node:vm';

export interface Posted {
  message: unknown;
  targetOrigin: string;
}

export interface SimulatedPopup {
  /** Every opener.postMessage(message, targetOrigin) the page made. */
  posted: Posted[];
  /** Elements the page un-hid, by id. */
  shown: string[];
  /** Delivers a message event to the page, from the opener unless `source` says otherwise. */
  deliver(event: { origin: string; data: unknown; source?: 'opener' | 'other' }): void;
}

export function executableScripts(html: string): { nonce: string | undefined; text: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/json"/.test(m[1] ?? ''))
    .map((m) => ({ nonce: /nonce="([^"]*)"/.exec(m[1] ?? '')?.[1], text: m[2] ?? '' }));
}

export function dataBlock(html: string): unknown {
  const text = /<script type="application\/json" id="laman-oauth-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (text === undefined) throw new Error('no data block in the page');
  return JSON.parse(text);
}

export function simulatePopup(html: string, { withOpener = true } = {}): SimulatedPopup {
  const posted: Posted[] = [];
  const shown: string[] = [];
  const listeners = new Set<(event: unknown) => void>();
  const opener = { postMessage: (message: unknown, targetOrigin: string) => posted.push({ message, targetOrigin }) };
  const other = { postMessage: () => undefined };
  const dataText = /<script type="application\/json" id="laman-oauth-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const elements = new Map<string, { textContent?: string; hidden?: boolean }>();
  elements.set('laman-oauth-data', { textContent: dataText });
  for (const id of html.matchAll(/<p id="([^"]+)" hidden>/g)) {
    const name = id[1] ?? '';
    const element = {
      set hidden(value: boolean) {
        if (!value) shown.push(name);
      },
    };
    elements.set(name, element);
  }
  const window = {
    opener: withOpener ? opener : null,
    addEventListener: (type: string, fn: (event: unknown) => void) => type === 'message' && listeners.add(fn),
    removeEventListener: (type: string, fn: (event: unknown) => void) => type === 'message' && listeners.delete(fn),
  };
  const context = vm.createContext({ window, document: { getElementById: (id: string) => elements.get(id) ?? null }, setTimeout: () => 0 });
  for (const script of executableScripts(html)) vm.runInContext(script.text, context);
  return {
    posted,
    shown,
    deliver: ({ origin, data, source = 'opener' }) => {
      for (const fn of [...listeners]) fn({ origin, data, source: source === 'opener' ? opener : other });
    },
  };
}
