// Policy for raster images: what an inspection means as findings, and what --fix would do.
// Pure over plain data.
import type { CheckFinding } from '../../../src/check/finding.ts';
import { fixLine, formatBytes, imageMessages, OTHER_KIND_LABEL } from './messages.ts';
import { sortedOther } from './metadata-facts.ts';
import type { RasterInspection } from './raster-inspect.ts';
import type { ImageLimits } from './types.ts';

export interface RasterContext {
  file: string;
  byteLength: number;
  limits: ImageLimits;
  /** The file was just written by --fix: what is left cannot be fixed by running it again. */
  afterFix: boolean;
}

export function rasterFindings(inspection: RasterInspection, context: RasterContext): CheckFinding[] {
  const { file, byteLength, limits } = context;
  if (inspection.kind === 'unreadable' || inspection.kind === 'corrupt') return [imageMessages.corrupt(file, inspection.detail)];
  const { header } = inspection;
  if (inspection.kind === 'bomb') {
    return [imageMessages.bomb(file, header.width, header.height * header.frames, header.pixels, limits.maxPixels, limits.maxEdge)];
  }
  const findings: CheckFinding[] = [];
  const { facts } = inspection;
  if (Math.max(header.width, header.height) > limits.maxEdge) {
    findings.push(imageMessages.dimensions(file, header.width, header.height, limits.maxEdge));
  }
  if (byteLength > limits.maxBytes) findings.push(imageMessages.fileSize(file, byteLength, limits.maxBytes, !context.afterFix));
  if (facts.gps.length > 0) findings.push(imageMessages.gps(file, facts.gps));
  if (facts.names.length > 0) findings.push(imageMessages.names(file, facts.names));
  const other = sortedOther(facts.other);
  if (other.length > 0) findings.push(imageMessages.otherMetadata(file, other));
  return findings;
}

/** The size --fix produces: EXIF orientation applied, longest edge capped, never enlarged. */
export function targetSize(width: number, height: number, orientation: number, maxEdge: number): { width: number; height: number } {
  const [w, h] = orientation >= 5 && orientation <= 8 ? [height, width] : [width, height];
  const scale = Math.min(1, maxEdge / Math.max(w, h));
  return { width: Math.max(1, Math.round(w * scale)), height: Math.max(1, Math.round(h * scale)) };
}

export interface RasterFixOutcome {
  width: number;
  height: number;
  byteLength: number;
}

/**
 * One line per change, from what the inspection found. `outcome` is the written result; in a
 * dry run it is undefined and sizes are the planned ones.
 */
export function rasterFixLines(
  inspection: Extract<RasterInspection, { kind: 'ok' }>,
  context: RasterContext,
  dryRun: boolean,
  outcome?: RasterFixOutcome,
): string[] {
  const { file, limits } = context;
  const { header, facts } = inspection;
  const lines: string[] = [];
  const line = (done: string, planned: string): void => {
    lines.push(fixLine(file, dryRun, done, planned));
  };
  if (facts.gps.length > 0) line(`koordinat GPS dihapus (${facts.gps.join(', ')}).`, `koordinat GPS akan dihapus (${facts.gps.join(', ')}).`);
  if (facts.names.length > 0) line(`nama di metadata dihapus (${facts.names.join(', ')}).`, `nama di metadata akan dihapus (${facts.names.join(', ')}).`);
  const other = sortedOther(facts.other).filter((kind) => kind !== 'orientasi');
  if (other.length > 0) {
    const kinds = other.map((kind) => OTHER_KIND_LABEL[kind]).join('; ');
    line(`metadata lain dihapus (${kinds}).`, `metadata lain akan dihapus (${kinds}).`);
  }
  if (facts.orientation !== 1) {
    line(
      `orientasi EXIF ${facts.orientation} diterapkan pada piksel, jadi gambar tetap tegak tanpa metadata.`,
      `orientasi EXIF ${facts.orientation} akan diterapkan pada piksel, jadi gambar tetap tegak tanpa metadata.`,
    );
  }
  const planned = targetSize(header.width, header.height, facts.orientation, limits.maxEdge);
  const target = outcome ?? planned;
  if (Math.max(header.width, header.height) > limits.maxEdge) {
    line(
      `diperkecil dari ${header.width}×${header.height} menjadi ${target.width}×${target.height} piksel.`,
      `akan diperkecil dari ${header.width}×${header.height} menjadi ${planned.width}×${planned.height} piksel.`,
    );
  }
  line(
    `dikodekan ulang (${formatBytes(context.byteLength)} → ${formatBytes(outcome?.byteLength ?? 0)}).`,
    `akan dikodekan ulang dengan pengaturan standar situs.`,
  );
  return lines;
}
