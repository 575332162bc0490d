// What the checks in the browser need to know about the whole site: every page address,
// every file in the content folder, and the check settings (the court's own contacts,
// the writing-ethics list). Built with the site, served at /admin/site-index.json.
import type { CheckSettings } from '../../src/check/context.ts';

export interface SiteIndexData {
  routes: string[];
  files: string[];
  settings: CheckSettings;
}
