// Renders public/icon.svg into the PNG icons the web app manifest and iOS ask for, with the same
// Debian chromium the tests use (no image tools needed). Run after changing the SVG: npx tsx scripts/make-icons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT } from './lib/browser.ts';

const svg = readFileSync(join(ROOT, 'public', 'icon.svg'), 'utf8');
// name, size in pixels, and the share of the square the drawing fills (maskable icons keep a safe zone).
const ICONS: [string, number, number][] = [
  ['icon-192.png', 192, 1],
  ['icon-512.png', 512, 1],
  ['icon-maskable-512.png', 512, 0.8],
  ['apple-touch-icon.png', 180, 1],
  ['favicon-32.png', 32, 1],
];

const browser = await launchChromium();
try {
  for (const [name, size, fill] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * fill);
    const html = `<body style="margin:0;background:${fill < 1 ? '#10161f' : 'transparent'};display:grid;place-items:center;height:${size}px">` +
      `<img style="width:${inner}px;height:${inner}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`;
    await page.setContent(html);
    writeFileSync(join(ROOT, 'public', name), await page.screenshot({ omitBackground: fill === 1 }));
    await page.close();
    console.log(`public/${name} ${size}×${size}`);
  }
} finally {
  await browser.close();
}
