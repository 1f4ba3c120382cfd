// Draws a scenario's decision map as an SVG string at build time, from the same data the machine
// uses. Columns are decision depth; endings sit in the last column. Outcomes differ by colour AND by
// a text label and border style, so the map reads without colour too. Pure: no DOM.
import type { Scenario } from '../schemas/scenario.ts';

const COL = 340;
const BOX_W = 220;
const LINE = 16;
const PAD = 10;
const GAP = 28;
const OUTCOME = {
  best: { label: 'PARAS', fill: '#dff3e4', stroke: '#1e6b34', dash: '' },
  acceptable: { label: 'KOHTALAINEN', fill: '#fdf0d5', stroke: '#8a4b00', dash: '8 4' },
  poor: { label: 'HUONO', fill: '#fbe0e4', stroke: '#a10e24', dash: '3 3' },
} as const;

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap to at most `max` lines of `width` characters. */
export function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    lines.length = max;
    lines[max - 1] = `${lines[max - 1]!.replace(/\s*\S*$/, '')} …`;
  }
  return lines;
}

interface Box {
  id: string;
  x: number;
  y: number;
  h: number;
  lines: string[];
  kind: 'node' | 'ending';
  outcome?: keyof typeof OUTCOME;
}

export function decisionMapSvg(s: Scenario, titleId: string): string {
  // Depth = longest distance from the start, so that every arrow points right.
  const depth = new Map<string, number>([[s.start, 0]]);
  const order = [s.start];
  for (let i = 0; i < order.length; i++) {
    const n = s.nodes.find((x) => x.id === order[i]);
    for (const c of n?.choices ?? []) {
      const d = depth.get(order[i]!)! + 1;
      if ((depth.get(c.next) ?? -1) < d) depth.set(c.next, d);
      if (!order.includes(c.next)) order.push(c.next);
    }
  }
  const endingCol = Math.max(...s.nodes.map((n) => depth.get(n.id) ?? 0)) + 1;
  for (const e of s.endings) depth.set(e.id, endingCol);

  const boxes = new Map<string, Box>();
  const colHeights: number[] = [];
  const place = (id: string, lines: string[], kind: Box['kind'], outcome?: Box['outcome']) => {
    const col = depth.get(id) ?? 0;
    const h = PAD * 2 + LINE * (lines.length + 1);
    const y = colHeights[col] ?? 40;
    colHeights[col] = y + h + GAP;
    boxes.set(id, { id, x: 20 + col * COL, y, h, lines, kind, ...(outcome ? { outcome } : {}) });
  };
  for (const id of order) {
    const n = s.nodes.find((x) => x.id === id);
    if (n) place(n.id, wrap(n.situation, 34, 3), 'node');
  }
  for (const e of s.endings) place(e.id, wrap(e.title, 34, 2), 'ending', e.outcome);

  const width = 40 + endingCol * COL + BOX_W;
  const height = Math.max(...colHeights) + 10;
  const parts: string[] = [];
  for (const n of s.nodes) {
    const from = boxes.get(n.id)!;
    n.choices.forEach((c, i) => {
      const to = boxes.get(c.next);
      if (!to) return;
      const x1 = from.x + BOX_W;
      // Fan the arrows out at the source so that their labels do not sit on top of each other.
      const y1 = from.y + from.h / 2 + (i - (n.choices.length - 1) / 2) * 18;
      const x2 = to.x;
      const y2 = to.y + to.h / 2;
      const mx = (x1 + x2) / 2;
      parts.push(
        `<path d="M${x1} ${y1} C${mx} ${y1} ${mx} ${y2} ${x2 - 6} ${y2}" fill="none" stroke="#4a4f55" stroke-width="1.5" marker-end="url(#${titleId}-nuoli)"/>`,
        `<text x="${x1 + 4}" y="${y1 - 3}" font-size="11" fill="#1a1a1a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${esc(`${c.id} · ${c.points} p`)}</text>`,
      );
    });
  }
  for (const b of boxes.values()) {
    const o = b.outcome ? OUTCOME[b.outcome] : undefined;
    const fill = o?.fill ?? '#eef3f8';
    const stroke = o?.stroke ?? '#0b5394';
    const head = o ? o.label : b.id === s.start ? `ALKU: ${b.id}` : b.id;
    parts.push(
      `<g><rect x="${b.x}" y="${b.y}" width="${BOX_W}" height="${b.h}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="2"${o?.dash ? ` stroke-dasharray="${o.dash}"` : ''}/>`,
      `<text x="${b.x + PAD}" y="${b.y + PAD + 12}" font-size="12" font-weight="700" fill="#1a1a1a">${esc(head)}</text>`,
      ...b.lines.map(
        (l, i) => `<text x="${b.x + PAD}" y="${b.y + PAD + 12 + LINE * (i + 1)}" font-size="12" fill="#1a1a1a">${esc(l)}</text>`,
      ),
      '</g>',
    );
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId}" font-family="system-ui, sans-serif">` +
    `<title id="${titleId}">${esc(`Päätöskartta: ${s.title}`)}</title>` +
    `<defs><marker id="${titleId}-nuoli" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#4a4f55"/></marker></defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>'
  );
}
