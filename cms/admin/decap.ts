// The parts of Decap CMS's global API (window.CMS, window.h) Laman uses. Decap's bundle
// defines them; these types say what we rely on.
export interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: readonly string[]): unknown;
  toJS(): unknown;
}

export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string } | undefined;
}

export interface DecapCms {
  init(options: { config: unknown }): void;
  registerLocale(name: string, phrases: unknown): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableLike; author?: unknown }) => unknown }): void;
}

export type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

declare global {
  interface Window {
    CMS?: DecapCms;
    h?: CreateElement;
  }
}

export function decap(): { CMS: DecapCms; h: CreateElement } {
  const { CMS, h } = window;
  if (!CMS || !h) throw new Error('Decap CMS tidak termuat: berkas /admin/decap/decap-cms.js tidak dapat dibuka.');
  return { CMS, h };
}
