// Draws a scenario's decision map as an SVG string at build time, from the same data the machine
// uses. Columns are decision depth; endings sit in the last column. Outcomes differ by colour AND by
// a text label and border style, so the map reads without colour too. Pure: no DOM.
//
// Layout, so that nothing covers an arrow's text:
// - Between two columns there is a gap in two parts: first a label lane, as wide as the longest
//   arrow text leaving that column, then room for the curves. In the label lane every arrow runs
//   straight and level, so its text sits on its own line and no other line crosses it.
// - An arrow that skips columns passes through them in a free slot between the boxes (no box is
//   crossed), like the dummy nodes of a layered graph drawing.
// - Paint order: arrows first, then boxes, then arrow texts on a white background.
// - Text is 12 px; widths are estimated generously (0.6 × font size per character).
import type { Scenario } from '../schemas/scenario.ts';
import { t } from '../strings/fi.ts';

/** Font size of all text in the map, in pixels. */
const MAP_FONT_SIZE = 12;
/** Estimated width of one character: generous, so that wide fonts fit too. */
const CHAR_WIDTH = 0.6 * MAP_FONT_SIZE;
const BOX_W = 260;
const PAD = 10;
const LINE = 16;
/** Characters per line in a box: what fits between the paddings at the estimated width. */
const BOX_CHARS = Math.floor((BOX_W - 2 * PAD) / CHAR_WIDTH);
/** Vertical space between two items (boxes or pass-through slots) in a column. */
const GAP = 24;
/** Vertical distance between the arrows leaving one box (more than a label's height). */
const FAN = 26;
/** Vertical distance between the arrows arriving at one box. */
const FAN_IN = 12;
/** Distance of the outermost arrow from a box's top and bottom edge. */
const PORT_INSET = 14;
/** Height of a slot that an arrow uses to pass through a column. */
const SLOT = 20;
const LABEL_H = 18;
const LABEL_PAD = 4;
/** Space between a box's right edge and the arrow text. */
const LABEL_OFFSET = 8;
/** Horizontal room for the curves after the label lane. */
const CURVE = 90;
const MARGIN = 20;
const LINE_COLOUR = '#4a4f55';
const TEXT_COLOUR = '#1a1a1a';

const OUTCOME = {
  best: { label: t.outcomeLabel.best, fill: '#dff3e4', stroke: '#1e6b34', dash: '' },
  acceptable: { label: t.outcomeLabel.acceptable, fill: '#fdf0d5', stroke: '#8a4b00', dash: '8 4' },
  poor: { label: t.outcomeLabel.poor, fill: '#fbe0e4', stroke: '#a10e24', dash: '3 3' },
} as const;

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Estimated width of a text in the map. */
const textWidth = (text: string) => text.length * CHAR_WIDTH;

/** Greedy word wrap to at most `max` lines of `width` characters. */
function wrap(text: string, width: number, max: number): string[] {
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
  col: number;
  order: number;
  y: number;
  h: number;
  head: string;
  lines: string[];
  outcome?: keyof typeof OUTCOME;
}
interface Slot {
  col: number;
  y: number;
}
interface Edge {
  from: Box;
  to: Box;
  key: string;
  label: string;
  /** y where the arrow leaves its box. */
  out: number;
  /** Pass-through slots, one per skipped column. */
  slots: Slot[];
  /** y where the arrow arrives at its target. */
  in: number;
}
type Item = { kind: 'box'; box: Box } | { kind: 'slot'; slot: Slot; edge: Edge; index: number };

/** Longest distance from the start to every node and ending, so that every arrow points right. */
function depths(s: Scenario): Map<string, number> {
  const nodes = new Map(s.nodes.map((n) => [n.id, n]));
  const done = new Set<string>();
  const topo: string[] = [];
  const visit = (id: string, seen: Set<string>) => {
    if (done.has(id) || seen.has(id)) return; // content-check rejects loops; guard anyway
    seen.add(id);
    for (const c of nodes.get(id)?.choices ?? []) visit(c.next, seen);
    seen.delete(id);
    done.add(id);
    topo.push(id);
  };
  visit(s.start, new Set());
  topo.reverse();
  const depth = new Map<string, number>([[s.start, 0]]);
  for (const id of topo) {
    const d = depth.get(id) ?? 0;
    for (const c of nodes.get(id)?.choices ?? []) depth.set(c.next, Math.max(depth.get(c.next) ?? 0, d + 1));
  }
  return depth;
}

export function decisionMapSvg(s: Scenario, titleId: string): string {
  const depth = depths(s);
  const endingCol = Math.max(...s.nodes.map((n) => depth.get(n.id) ?? 0)) + 1;

  const boxes = new Map<string, Box>();
  let order = 0;
  for (const n of s.nodes) {
    const col = depth.get(n.id) ?? 0;
    const head = n.id === s.start ? `ALKU: ${n.id}` : n.id;
    boxes.set(n.id, { id: n.id, col, order: order++, y: 0, h: 0, head, lines: wrap(n.situation, BOX_CHARS, 3) });
  }
  for (const e of s.endings) {
    const lines = wrap(e.title, BOX_CHARS, 2);
    boxes.set(e.id, { id: e.id, col: endingCol, order: order++, y: 0, h: 0, head: OUTCOME[e.outcome].label, lines, outcome: e.outcome });
  }

  const edges: Edge[] = [];
  for (const n of s.nodes) {
    const from = boxes.get(n.id)!;
    for (const c of n.choices) {
      const to = boxes.get(c.next);
      if (!to) continue;
      const slots = Array.from({ length: Math.max(0, to.col - from.col - 1) }, (_, i) => ({ col: from.col + 1 + i, y: 0 }));
      edges.push({ from, to, key: `${n.id}.${c.id}`, label: `${c.id} · ${c.points} p`, out: 0, slots, in: 0 });
    }
  }
  const outgoing = (b: Box) => edges.filter((e) => e.from === b);
  const incoming = (b: Box) => edges.filter((e) => e.to === b);

  for (const b of boxes.values()) {
    const text = PAD * 2 + LINE * (b.lines.length + 1);
    const fanOut = (outgoing(b).length - 1) * FAN + 2 * PORT_INSET;
    const fanIn = (incoming(b).length - 1) * FAN_IN + 2 * PORT_INSET;
    b.h = Math.max(text, fanOut, fanIn);
  }

  // Columns from left to right; each column's items are ordered by where their arrows come from
  // (the barycentre heuristic), which keeps crossings few. Then they are stacked from the top.
  const lastY = (e: Edge, col: number) => {
    const prev = e.slots.filter((sl) => sl.col < col).at(-1);
    return prev ? prev.y : e.out;
  };
  for (let col = 0; col <= endingCol; col++) {
    const items: { item: Item; key: number; tie: number }[] = [];
    for (const b of boxes.values()) {
      if (b.col !== col) continue;
      const ins = incoming(b).map((e) => lastY(e, col));
      items.push({ item: { kind: 'box', box: b }, key: ins.length ? ins.reduce((a, y) => a + y, 0) / ins.length : 0, tie: b.order });
    }
    for (const e of edges) {
      const index = e.slots.findIndex((sl) => sl.col === col);
      if (index >= 0) items.push({ item: { kind: 'slot', slot: e.slots[index]!, edge: e, index }, key: lastY(e, col), tie: -1 });
    }
    items.sort((a, b) => a.key - b.key || a.tie - b.tie);
    let y = MARGIN;
    for (const { item } of items) {
      if (item.kind === 'box') {
        item.box.y = y;
        y += item.box.h + GAP;
        const out = outgoing(item.box);
        out.forEach((e, i) => (e.out = item.box.y + item.box.h / 2 + (i - (out.length - 1) / 2) * FAN));
      } else {
        item.slot.y = y + SLOT / 2;
        y += SLOT + GAP;
      }
    }
  }
  // Arrows arrive spread over the target's left edge, in the order they come from.
  for (const b of boxes.values()) {
    const ins = incoming(b).sort((a, c) => lastY(a, b.col) - lastY(c, b.col));
    ins.forEach((e, i) => (e.in = b.y + b.h / 2 + (i - (ins.length - 1) / 2) * FAN_IN));
  }

  // Column positions: each gap is as wide as the longest arrow text leaving that column, plus curves.
  const labelW = (e: Edge) => Math.ceil(textWidth(e.label) + 2 * LABEL_PAD);
  const colX: number[] = [MARGIN];
  const laneEnd: number[] = [];
  for (let col = 0; col <= endingCol; col++) {
    const widest = Math.max(0, ...edges.filter((e) => e.from.col === col).map(labelW));
    laneEnd[col] = colX[col]! + BOX_W + LABEL_OFFSET + widest + LABEL_OFFSET;
    colX[col + 1] = laneEnd[col]! + CURVE;
  }

  const width = colX[endingCol]! + BOX_W + MARGIN;
  const height =
    Math.max(
      ...[...boxes.values()].map((b) => b.y + b.h),
      ...edges.flatMap((e) => e.slots.map((sl) => sl.y + SLOT / 2)),
    ) + MARGIN;

  const lines: string[] = [];
  const labels: string[] = [];
  for (const e of edges) {
    // Waypoints: the source, each pass-through slot, the target.
    const stops = [...e.slots.map((sl) => ({ col: sl.col, y: sl.y })), { col: e.to.col, y: e.in }];
    let col = e.from.col;
    let y = e.out;
    let d = `M${colX[col]! + BOX_W} ${y}`;
    stops.forEach((stop, i) => {
      const x1 = laneEnd[col]!;
      const x2 = colX[stop.col]! - (i === stops.length - 1 ? 2 : 0);
      const mx = (x1 + x2) / 2;
      d += ` H${x1} C${mx} ${y} ${mx} ${stop.y} ${x2} ${stop.y}`;
      if (i < stops.length - 1) d += ` H${colX[stop.col]! + BOX_W}`;
      col = stop.col;
      y = stop.y;
    });
    lines.push(
      `<path data-valinta="${esc(e.key)}" d="${d}" fill="none" stroke="${LINE_COLOUR}" stroke-width="1.5" marker-end="url(#${titleId}-nuoli)"/>`,
    );
    const lx = colX[e.from.col]! + BOX_W + LABEL_OFFSET;
    labels.push(
      `<g data-valinta="${esc(e.key)}"><rect x="${lx}" y="${e.out - LABEL_H / 2}" width="${labelW(e)}" height="${LABEL_H}" rx="3" fill="#ffffff"/>` +
        `<text x="${lx + LABEL_PAD}" y="${e.out + 4}" font-size="${MAP_FONT_SIZE}" fill="${TEXT_COLOUR}">${esc(e.label)}</text></g>`,
    );
  }

  const shapes: string[] = [];
  for (const b of boxes.values()) {
    const o = b.outcome ? OUTCOME[b.outcome] : undefined;
    const fill = o?.fill ?? '#eef3f8';
    const stroke = o?.stroke ?? '#0b5394';
    const x = colX[b.col]!;
    // Text starts at the top; a box made taller for its arrows keeps the text at the top.
    shapes.push(
      `<g class="laatikko" data-tunnus="${esc(b.id)}"><rect x="${x}" y="${b.y}" width="${BOX_W}" height="${b.h}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="2"${o?.dash ? ` stroke-dasharray="${o.dash}"` : ''}/>`,
      `<text x="${x + PAD}" y="${b.y + PAD + 12}" font-size="${MAP_FONT_SIZE}" font-weight="700" fill="${TEXT_COLOUR}">${esc(b.head)}</text>`,
      ...b.lines.map(
        (l, i) =>
          `<text x="${x + PAD}" y="${b.y + PAD + 12 + LINE * (i + 1)}" font-size="${MAP_FONT_SIZE}" fill="${TEXT_COLOUR}">${esc(l)}</text>`,
      ),
      '</g>',
    );
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId}" font-family="system-ui, sans-serif">` +
    `<title id="${titleId}">${esc(`Päätöskartta: ${s.title}`)}</title>` +
    `<defs><marker id="${titleId}-nuoli" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${LINE_COLOUR}"/></marker></defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    lines.join('') +
    shapes.join('') +
    labels.join('') +
    '</svg>'
  );
}
