import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const ICON = `data:image/svg+xml;base64,${readFileSync(join(ROOT, 'public', 'icon.svg')).toString('base64')}`;
const FONT = `system-ui, 'DejaVu Sans', 'Liberation Sans', sans-serif`;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export interface Frame {
  title: string;
  lines: string[];
  /** The captured screen, PNG at twice its CSS size. */
  shot: Buffer;
  /** The screen's CSS size, before `scale`. */
  width: number;
  height: number;
  scale: number;
  dark?: boolean;
}

/** A 1280 × 800 listing image: the words on the left, the screen on the right, in its own frame. */
export function listingHtml(f: Frame): string {
  const [bg, bg2, text, muted] = f.dark ? ['#0c1513', '#16302b', '#e8efed', '#b4c1be'] : ['#e9f4f1', '#cfe7e1', '#15201e', '#3f4d4a'];
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; }
    body { background: linear-gradient(135deg, ${bg} 0%, ${bg2} 100%); color: ${text}; font-family: ${FONT}; display: flex; align-items: center; }
    .words { width: 520px; padding: 0 40px 0 84px; }
    .brand { display: flex; align-items: center; gap: 12px; font-weight: 700; font-size: 22px; margin-bottom: 36px; }
    .brand img { width: 44px; height: 44px; }
    h1 { font-size: 46px; line-height: 1.12; margin: 0 0 22px; letter-spacing: -0.5px; }
    p { font-size: 21px; line-height: 1.45; margin: 0 0 12px; color: ${muted}; }
    .screen { flex: 1; display: flex; justify-content: center; }
    .window { position: relative; border-radius: 14px; overflow: hidden;
      box-shadow: 0 24px 60px rgba(0, 0, 0, ${f.dark ? 0.6 : 0.22}), 0 0 0 1px ${f.dark ? 'rgba(255, 255, 255, 0.16)' : 'rgba(0, 0, 0, 0.08)'}; }
    .window img { display: block; width: ${Math.round(f.width * f.scale)}px; height: ${Math.round(f.height * f.scale)}px; }
    /* The screen scrolls on below: fade its last lines rather than cut one in half. */
    .window::after { content: ''; position: absolute; inset: auto 0 0 0; height: 72px; background: linear-gradient(to bottom, transparent, ${f.dark ? '#111917' : '#ffffff'}); }
  </style></head><body>
    <div class="words">
      <div class="brand"><img src="${ICON}" alt="">Backstride</div>
      <h1>${escape(f.title)}</h1>
      ${f.lines.map((l) => `<p>${escape(l)}</p>`).join('')}
    </div>
    <div class="screen"><div class="window"><img src="data:image/png;base64,${f.shot.toString('base64')}" alt=""></div></div>
  </body></html>`;
}

/** The 440 × 280 small promotional tile: icon, name and the promise, nothing small. */
export function tileHtml(): string {
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
    body { background: linear-gradient(135deg, #0f6e64 0%, #0b4f48 100%); color: #fff; font-family: ${FONT};
      display: flex; flex-direction: column; justify-content: center; padding: 0 36px; box-sizing: border-box; }
    .brand { display: flex; align-items: center; gap: 16px; }
    img { width: 84px; height: 84px; border-radius: 20px; box-shadow: 0 0 0 2px rgba(255, 255, 255, 0.35); }
    h1 { font-size: 44px; margin: 0; letter-spacing: -0.5px; }
    p { font-size: 22px; line-height: 1.3; margin: 22px 0 0; color: #e3f3ef; }
    b { color: #ffd166; font-weight: 700; }
  </style></head><body>
    <div class="brand"><img src="${ICON}" alt=""><h1>Backstride</h1></div>
    <p>Back pain from running?<br><b>A safe weekly routine.</b></p>
  </body></html>`;
}
