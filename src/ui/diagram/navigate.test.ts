import { describe, expect, it } from 'vitest';
import { boundsOf, initialViewport, nearestInDirection } from './navigate.ts';

const boxes = new Map([
  ['fw', { x: 0, y: 0, width: 100, height: 100 }],
  ['d0', { x: 200, y: 0, width: 100, height: 100 }],
  ['d1', { x: 200, y: 150, width: 100, height: 100 }],
  ['vg', { x: 400, y: 10, width: 100, height: 60 }],
]);
const all = [...boxes.keys()];

describe('arrow-key movement', () => {
  it('goes to the nearest node in the direction, preferring straight ahead', () => {
    expect(nearestInDirection('d0', 'right', boxes, all)).toBe('vg');
    expect(nearestInDirection('d0', 'left', boxes, all)).toBe('fw');
    expect(nearestInDirection('d0', 'down', boxes, all)).toBe('d1');
    expect(nearestInDirection('d1', 'up', boxes, all)).toBe('d0');
    expect(nearestInDirection('fw', 'up', boxes, all)).toBeNull();
  });
});

describe('first view of the diagram', () => {
  it('centres everything that fits at a readable zoom', () => {
    const v = initialViewport({ x: 0, y: 0, width: 400, height: 300 }, { width: 800, height: 600 });
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(200);
  });
  it('shows the top-left corner at the smallest readable zoom when everything does not fit', () => {
    const v = initialViewport({ x: 0, y: 0, width: 3000, height: 900 }, { width: 700, height: 600 });
    expect(v).toEqual({ x: 16, y: 16, zoom: 0.6 });
  });
  it('bounds boxes', () => {
    expect(boundsOf(boxes.values())).toEqual({ x: 0, y: 0, width: 500, height: 250 });
  });
});
