import { useId } from 'preact/hooks';
import './seal-image.css';

/** Points of a five-pointed star centred at (cx, cy), outer radius r, one point up. */
export function starPoints(cx: number, cy: number, r: number): string {
  const inner = r * 0.382;
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

/** The font size that fits `text` along the arc (about 240° of a 62-unit radius), glyph tops clear of the ring. */
export function arcFontSize(text: string): number {
  const arc = 62 * ((240 * Math.PI) / 180);
  return Math.max(11, Math.min(24, (arc / Math.max(1, [...text].length)) * 0.92));
}

/**
 * The picture of a round official seal (公章): red ring, the issuer's name along the upper arc,
 * a star in the middle, an optional line below it. A picture only: what makes the decision
 * authentic is its electronic signature, checked through the QR code; the label says so.
 */
export function SealImage(props: { name: string; subtitle?: string; label: string; size?: string }) {
  const id = `seal-arc-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const fontSize = arcFontSize(props.name);
  // From 210° (lower left) clockwise over the top to −30° (lower right), radius 62.
  const arc = 'M 46.31 131 A 62 62 0 1 1 153.69 131';
  return (
    <svg
      class="seal-image"
      viewBox="0 0 200 200"
      role="img"
      aria-label={props.label}
      style={props.size ? { width: props.size, height: props.size } : undefined}
      data-testid="seal-image"
    >
      <defs>
        <path id={id} d={arc} fill="none" />
      </defs>
      <circle cx="100" cy="100" r="93" fill="none" stroke="currentColor" stroke-width="6" />
      <text font-size={fontSize} font-weight="700" fill="currentColor" text-anchor="middle" aria-hidden="true">
        <textPath href={`#${id}`} startOffset="50%">
          {props.name}
        </textPath>
      </text>
      <polygon points={starPoints(100, 100, 26)} fill="currentColor" aria-hidden="true" />
      {props.subtitle && (
        <text x="100" y="152" font-size="15" font-weight="700" fill="currentColor" text-anchor="middle" aria-hidden="true">
          {props.subtitle}
        </text>
      )}
    </svg>
  );
}
