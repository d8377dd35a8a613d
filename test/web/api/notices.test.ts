import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { safeQrSvg } from '../../../web/src/api/notices.js';

describe('safeQrSvg', () => {
  it('lets through the SVG the server draws', async () => {
    const svg = await QRCode.toString('http://localhost/track?code=ABCDEF2345', { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    expect(safeQrSvg(svg)).toBe(svg.trim());
  });

  it.each([
    ['not a string', 42],
    ['not an svg', '<div>hi</div>'],
    ['a script', '<svg><script>alert(1)</script></svg>'],
    ['an event handler', '<svg onload="alert(1)"></svg>'],
    ['a link', '<svg><a href="javascript:alert(1)"><path/></a></svg>'],
    ['foreign HTML', '<svg><foreignObject><iframe src="x"></iframe></foreignObject></svg>'],
    ['an external image', '<svg><image href="http://evil/x.png"/></svg>'],
    ['trailing markup', '<svg></svg><img src=x onerror=alert(1)>'],
  ])('refuses %s', (_name, value) => {
    expect(safeQrSvg(value)).toBeUndefined();
  });
});
