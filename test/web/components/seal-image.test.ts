import { describe, expect, it } from 'vitest';
import { arcFontSize, starPoints } from '../../../web/src/components/SealImage/SealImage.js';

describe('the seal picture', () => {
  it('draws a five-pointed star: ten corners alternating outer and inner radius, one point straight up', () => {
    const points = starPoints(100, 100, 26)
      .split(' ')
      .map((p) => p.split(',').map(Number) as [number, number]);
    expect(points).toHaveLength(10);
    expect(points[0]).toEqual([100, 74]);
    const radii = points.map(([x, y]) => Math.hypot(x - 100, y - 100));
    radii.forEach((r, i) => expect(r).toBeCloseTo(i % 2 === 0 ? 26 : 26 * 0.382, 1));
  });

  it('fits any issuer name along the arc: short names large, long ones smaller, never unreadable', () => {
    expect(arcFontSize('青石镇人民政府')).toBe(24);
    const long = arcFontSize('青山县人力资源和社会保障局');
    expect(long).toBeLessThan(24);
    expect(long * 13).toBeLessThanOrEqual(62 * ((240 * Math.PI) / 180));
    expect(arcFontSize('一'.repeat(60))).toBe(11);
  });
});
