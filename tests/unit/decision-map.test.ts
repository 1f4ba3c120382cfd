// The decision maps (paatoskartat.html): every arrow's text stays readable. Checked from the SVG
// markup itself, with text widths estimated generously (0.6 × font size per character).
import { describe, expect, it } from 'vitest';
import { decisionMapSvg } from '../../src/site/decision-map.ts';
import { fixtureCourse, realCourse } from '../support/course.ts';

const scenarios = [...realCourse().scenarios, ...fixtureCourse().scenarios];

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Label extends Rect {
  key: string;
  text: string;
}
interface Point {
  x: number;
  y: number;
}

const attr = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  if (!m) throw new Error(`no ${name} in ${tag}`);
  return m[1]!;
};
const num = (tag: string, name: string) => Number(attr(tag, name));
const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Box of a text: from the baseline up by the font size, down by a quarter of it (descenders). */
function textBox(tag: string, content: string): Rect {
  const size = num(tag, 'font-size');
  const bold = /font-weight="700"/.test(tag);
  const w = unescape(content).length * size * (bold ? 0.65 : 0.6);
  return { x: num(tag, 'x'), y: num(tag, 'y') - size, w, h: size * 1.25 };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (p: Point, r: Rect, inset = 0) =>
  p.x > r.x + inset && p.x < r.x + r.w - inset && p.y > r.y + inset && p.y < r.y + r.h - inset;

/** Points along a path made of M, H and C commands (what decision-map.ts draws). */
function samplePath(d: string): Point[] {
  const tokens = d.match(/[MHC]|-?\d+(?:\.\d+)?/g)!;
  const points: Point[] = [];
  let i = 0;
  let cur: Point = { x: 0, y: 0 };
  const n = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const cmd = tokens[i++];
    if (cmd === 'M') {
      cur = { x: n(), y: n() };
      points.push(cur);
    } else if (cmd === 'H') {
      const x = n();
      const steps = Math.max(1, Math.ceil(Math.abs(x - cur.x) / 2));
      for (let s = 1; s <= steps; s++) points.push({ x: cur.x + ((x - cur.x) * s) / steps, y: cur.y });
      cur = { x, y: cur.y };
    } else if (cmd === 'C') {
      const [x1, y1, x2, y2, x, y] = [n(), n(), n(), n(), n(), n()];
      for (let s = 1; s <= 100; s++) {
        const t = s / 100;
        const u = 1 - t;
        points.push({
          x: u * u * u * cur.x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
          y: u * u * u * cur.y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y,
        });
      }
      cur = { x, y };
    } else throw new Error(`unexpected path command ${cmd} in ${d}`);
  }
  return points;
}

function parse(svg: string) {
  const boxes = [...svg.matchAll(/<g class="laatikko" data-tunnus="([^"]*)">(<rect[^>]*>)(.*?)<\/g>/g)].map((m) => ({
    id: m[1]!,
    rect: { x: num(m[2]!, 'x'), y: num(m[2]!, 'y'), w: num(m[2]!, 'width'), h: num(m[2]!, 'height') } as Rect,
    texts: [...m[3]!.matchAll(/(<text[^>]*>)([^<]*)<\/text>/g)].map((t) => textBox(t[1]!, t[2]!)),
  }));
  const labels: Label[] = [...svg.matchAll(/<g data-valinta="([^"]*)"><rect[^>]*>(<text[^>]*>)([^<]*)<\/text><\/g>/g)].map((m) => ({
    key: m[1]!,
    text: unescape(m[3]!),
    ...textBox(m[2]!, m[3]!),
  }));
  const paths = [...svg.matchAll(/<path data-valinta="([^"]*)" d="([^"]*)"/g)].map((m) => ({ key: m[1]!, points: samplePath(m[2]!) }));
  return { boxes, labels, paths };
}

describe.each(scenarios.map((s) => [s.id, s] as const))('decision map of %s', (_id, s) => {
  const svg = decisionMapSvg(s, `kartta-${s.id}`);
  const { boxes, labels, paths } = parse(svg);
  const choices = s.nodes.flatMap((n) => n.choices.map((c) => ({ key: `${n.id}.${c.id}`, c })));

  it('draws every node, ending and choice, each choice with its id and points', () => {
    expect(boxes.map((b) => b.id).sort()).toEqual([...s.nodes.map((n) => n.id), ...s.endings.map((e) => e.id)].sort());
    expect(labels.map((l) => l.key).sort()).toEqual(choices.map((x) => x.key).sort());
    expect(paths.map((p) => p.key).sort()).toEqual(choices.map((x) => x.key).sort());
    for (const { key, c } of choices) expect(labels.find((l) => l.key === key)!.text).toBe(`${c.id} · ${c.points} p`);
  });

  it('uses text of at least 12 px', () => {
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
  });

  it('keeps every text inside its box', () => {
    for (const b of boxes) {
      for (const t of b.texts) {
        expect(t.x, b.id).toBeGreaterThanOrEqual(b.rect.x);
        expect(t.x + t.w, b.id).toBeLessThanOrEqual(b.rect.x + b.rect.w);
        expect(t.y, b.id).toBeGreaterThanOrEqual(b.rect.y);
        expect(t.y + t.h, b.id).toBeLessThanOrEqual(b.rect.y + b.rect.h);
      }
    }
  });

  it('covers no arrow text with a box or another arrow text', () => {
    const found: string[] = [];
    for (const l of labels) {
      for (const b of boxes) if (overlaps(l, b.rect)) found.push(`${l.key} / ${b.id}`);
      for (const other of labels) if (other !== l && overlaps(l, other)) found.push(`${l.key} / ${other.key}`);
    }
    expect(found).toEqual([]);
  });

  it('crosses no arrow text with another arrow, and no box with any arrow', () => {
    const found = new Set<string>();
    for (const p of paths) {
      for (const point of p.points) {
        for (const l of labels) if (l.key !== p.key && inside(point, l)) found.add(`${p.key} crosses ${l.key}`);
        for (const b of boxes) if (inside(point, b.rect, 1)) found.add(`${p.key} crosses ${b.id}`);
      }
    }
    expect([...found]).toEqual([]);
  });

  it('paints arrow texts last, over the arrows and boxes', () => {
    const lastBox = svg.lastIndexOf('class="laatikko"');
    const lastPath = svg.lastIndexOf('<path data-valinta=');
    const firstLabel = svg.indexOf('<g data-valinta=');
    expect(firstLabel).toBeGreaterThan(lastBox);
    expect(firstLabel).toBeGreaterThan(lastPath);
  });
});
