// Active content in a parsed PDF: JavaScript, actions that run on their own, embedded
// files. Every indirect object is visited (pdf-lib has already unpacked object streams),
// so content that no page references is found too. Facts are Indonesian phrases for the
// messages, without duplicates.
import { PDFArray, PDFDict, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { dictOf, elements, entry, keysOf, lookup, nameAt } from './names.ts';

export interface StructureFacts {
  /** Where JavaScript (or an XFA form, which carries scripts) was found. */
  javascript: string[];
  /** Actions that run on their own or leave the document. */
  actions: string[];
  /** Kinds of embedded files. */
  attachments: string[];
}

/** Action types that only move within the document. */
const HARMLESS_ACTIONS = new Set(['GoTo']);
/** Reported wherever they are, so not again as a triggered action. */
const REPORTED_ANYWHERE = new Set(['JavaScript', 'Launch']);

export function inspectStructure(context: PDFContext): StructureFacts {
  const javascript = new Set<string>();
  const actions = new Set<string>();
  const attachments = new Set<string>();

  /** An action (and its /Next chain) run by /OpenAction or /AA, described by `where`. */
  const triggered = (start: PDFObject | undefined, where: string) => {
    const seen = new Set<PDFDict>();
    const queue = elements(context, start);
    while (queue.length > 0) {
      const action = dictOf(queue.shift());
      if (action === undefined || seen.has(action)) continue;
      seen.add(action);
      const type = nameAt(context, action, 'S');
      if (type !== undefined && !REPORTED_ANYWHERE.has(type) && !HARMLESS_ACTIONS.has(type)) actions.add(`${where} menjalankan aksi ${type}`);
      queue.push(...elements(context, entry(action, 'Next')));
    }
  };

  const visitDict = (dict: PDFDict) => {
    const keys = new Set(keysOf(dict));
    const type = nameAt(context, dict, 'S');
    if (keys.has('JS') || type === 'JavaScript') javascript.add('aksi JavaScript');
    if (type === 'Launch') actions.add('aksi Launch (menjalankan program atau membuka berkas di komputer pembaca)');
    if (keys.has('JavaScript')) javascript.add('daftar skrip dokumen (/Names /JavaScript)');
    if (keys.has('XFA')) javascript.add('formulir XFA');
    if (keys.has('OpenAction')) {
      const open = lookup(context, dict, 'OpenAction');
      // An array is a plain destination: the page the viewer opens at.
      if (!(open instanceof PDFArray)) triggered(open, 'aksi pembuka dokumen (/OpenAction)');
    }
    if (keys.has('AA')) {
      const additional = dictOf(lookup(context, dict, 'AA'));
      if (additional !== undefined) {
        for (const [, action] of additional.entries()) triggered(action, 'aksi otomatis (/AA)');
      }
    }
    if (keys.has('EmbeddedFiles')) attachments.add('daftar berkas tersemat (/EmbeddedFiles)');
    if (keys.has('EF')) attachments.add('berkas tersemat');
    if (nameAt(context, dict, 'Type') === 'EmbeddedFile') attachments.add('berkas tersemat');
    if (nameAt(context, dict, 'Subtype') === 'FileAttachment') attachments.add('anotasi lampiran berkas');
  };

  for (const [, object] of context.enumerateIndirectObjects()) {
    // Direct objects nest without cycles (only references can loop), so a plain stack will do.
    const stack: PDFObject[] = [object];
    while (stack.length > 0) {
      const current = stack.pop();
      const dict = current instanceof PDFStream ? current.dict : current;
      if (dict instanceof PDFDict) {
        visitDict(dict);
        for (const [, value] of dict.entries()) if (value instanceof PDFDict || value instanceof PDFArray) stack.push(value);
      } else if (dict instanceof PDFArray) {
        for (const value of dict.asArray()) if (value instanceof PDFDict || value instanceof PDFArray) stack.push(value);
      }
    }
  }
  return { javascript: [...javascript], actions: [...actions], attachments: [...attachments] };
}
