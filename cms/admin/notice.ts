// A polite, dismissable panel for warnings that do not stop a save (Decap has no API
// for non-blocking messages). Announced to screen readers through role="status".
import type { CheckFinding } from '../../src/check/finding.ts';

const ID = 'laman-peringatan';

export function showWarnings(doc: Document, warnings: readonly CheckFinding[]): void {
  doc.getElementById(ID)?.remove();
  if (!warnings.length) return;
  const panel = doc.createElement('section');
  panel.id = ID;
  panel.className = 'laman-peringatan';
  panel.setAttribute('role', 'status');
  panel.setAttribute('aria-label', 'Peringatan pemeriksaan konten');
  const title = doc.createElement('h2');
  title.textContent = `Tersimpan, dengan ${warnings.length} peringatan untuk ditinjau`;
  const list = doc.createElement('ul');
  for (const w of warnings) {
    const item = doc.createElement('li');
    item.textContent = `${w.message} ${w.hint}`;
    list.append(item);
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Tutup';
  close.addEventListener('click', () => panel.remove());
  panel.append(title, list, close);
  doc.body.append(panel);
}
