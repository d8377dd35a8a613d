import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from './test-app.js';

/** The document the app publishes at /api/openapi.json, as an outside team downloads it. */
export async function publishedDocument() {
  const { app } = await createTestApp();
  const response = await app.request('/api/openapi.json');
  if (response.status !== 200) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  return (await response.json()) as OpenApiDocument;
}

/** The published document written to a fresh temp directory; returns the directory and the file. */
export async function writePublishedDocument(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'openapi.json');
  const document = await publishedDocument();
  writeFileSync(file, JSON.stringify(document, null, 2));
  return { dir, file, document };
}

export interface OpenApiOperation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, Record<string, unknown>> };
}
