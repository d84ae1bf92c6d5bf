import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, whatever the current directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const SITE_DIR = path.join(ROOT, 'site');
export const REPORTS_DIR = path.join(ROOT, 'reports');
