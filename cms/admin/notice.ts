// A panel for check results that stays on screen (Decap's own toast closes after a few
// seconds): a refusal (role="alert") or warnings that did not stop the save
// (role="status"), each with the fix, and a button to close it.
import type { CheckFinding } from '../../src/check/finding.ts';

const ID = 'laman-peringatan';

export type NoticeKind = 'refusal' | 'warnings';

export function clearNotice(doc: Document): void {
  doc.getElementById(ID)?.remove();
}

export function showNotice(doc: Document, kind: NoticeKind, findings: readonly CheckFinding[]): void {
  clearNotice(doc);
  if (!findings.length) return;
  const panel = doc.createElement('section');
  panel.id = ID;
  panel.className = kind === 'refusal' ? 'laman-peringatan laman-penolakan' : 'laman-peringatan';
  panel.setAttribute('role', kind === 'refusal' ? 'alert' : 'status');
  panel.setAttribute('aria-label', kind === 'refusal' ? 'Entri belum dapat disimpan' : 'Peringatan pemeriksaan konten');
  const title = doc.createElement('h2');
  title.textContent =
    kind === 'refusal'
      ? `Belum tersimpan: ${findings.length} masalah harus diperbaiki dulu`
      : `Tersimpan, dengan ${findings.length} peringatan untuk ditinjau`;
  const list = doc.createElement('ul');
  for (const f of findings) {
    const item = doc.createElement('li');
    item.textContent = `${f.message} ${f.hint}`;
    list.append(item);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Tutup';
  close.addEventListener('click', () => panel.remove());
  panel.append(title, list, close);
  doc.body.append(panel);
}

/** What preSave throws: Decap shows `String(error)`, so this prints the message without "Error:". */
export class SaveRefused extends Error {
  override name = 'SaveRefused';
  override toString(): string {
    return this.message;
  }
}
