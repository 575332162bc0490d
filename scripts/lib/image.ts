// Illustrative JPEG images for sample content and fixtures, drawn from an SVG with sharp.
import sharp from 'sharp';

export interface ImageSpec {
  caption: string;
  width: number;
  height: number;
  /** Two hex colours for the background gradient, e.g. ['#1d3b5c', '#3d6e8f']. */
  colors: readonly [string, string];
}

export async function makeJpeg(spec: ImageSpec): Promise<Buffer> {
  const escaped = spec.caption.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${spec.colors[0]}"/><stop offset="1" stop-color="${spec.colors[1]}"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${spec.width * 0.8}" cy="${spec.height * 0.3}" r="${spec.height * 0.22}" fill="#ffffff" fill-opacity="0.12"/>
  <rect x="0" y="${spec.height * 0.72}" width="100%" height="${spec.height * 0.28}" fill="#000000" fill-opacity="0.25"/>
  <text x="${spec.width * 0.05}" y="${spec.height * 0.88}" font-family="DejaVu Sans, sans-serif" font-size="${Math.round(spec.height / 14)}" fill="#ffffff">${escaped}</text>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
}
