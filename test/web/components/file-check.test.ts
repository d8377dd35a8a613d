import { describe, expect, it } from 'vitest';
import { acceptAttribute, acceptedTypeNames, checkFile, formatSize } from '../../../web/src/components/FileUpload/file-check.js';

const scans = { acceptedFileTypes: ['application/pdf', 'image/jpeg', 'image/png', '.pdf', '.jpg', '.png'], maxSizeMb: 10 };
const plans = { acceptedFileTypes: ['application/pdf', '.pdf', '.dwg'], maxSizeMb: 30 };
const MB = 1024 * 1024;

describe('checking a file before upload', () => {
  it.each([
    ['a JPEG photo', { name: 'id.jpg', type: 'image/jpeg', size: 2 * MB }, scans, null],
    ['a PNG whose name says .PNG', { name: 'HUKOU.PNG', type: '', size: 1000 }, scans, null],
    ['a drawing the browser has no type for', { name: 'plan.dwg', type: '', size: 20 * MB }, plans, null],
    ['a text file', { name: 'notes.txt', type: 'text/plain', size: 10 }, scans, 'intake.upload.wrongType'],
    ['a photo for a PDF-only material', { name: 'plan.jpg', type: 'image/jpeg', size: 10 }, plans, 'intake.upload.wrongType'],
    ['a file just over the limit', { name: 'big.pdf', type: 'application/pdf', size: 10 * MB + 1 }, scans, 'intake.upload.tooBig'],
    ['a file exactly at the limit', { name: 'ok.pdf', type: 'application/pdf', size: 10 * MB }, scans, null],
    ['an empty file', { name: 'empty.pdf', type: 'application/pdf', size: 0 }, scans, 'intake.upload.empty'],
  ])('%s', (_, file, material, key) => {
    expect(checkFile(file, material)?.key ?? null).toBe(key);
  });

  it('says what is accepted the way people know it', () => {
    expect(acceptedTypeNames(scans)).toEqual(['PDF', 'JPG', 'PNG']);
    expect(acceptedTypeNames(plans)).toEqual(['PDF', 'DWG']);
    expect(acceptAttribute(plans)).toBe('application/pdf,.pdf,.dwg');
    expect(checkFile({ name: 'big.pdf', type: 'application/pdf', size: 12 * MB }, scans)?.params).toMatchObject({ max: 10, size: '12 MB' });
  });

  it.each([
    [500, '1 KB'],
    [2048, '2 KB'],
    [1.5 * MB, '1.5 MB'],
    [25 * MB, '25 MB'],
  ])('formats %i bytes as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
