import { canonicalJson } from '../case/case-event.js';

/** The signature algorithms a seal key may use: SM2 (GB/T 32918, with SM3 and Z_A) or ECDSA P-256 with SHA-256. */
export type SealAlgorithm = 'SM2DSA' | 'ECDSA_SHA_256';

export const SEAL_ALGORITHMS: readonly SealAlgorithm[] = ['SM2DSA', 'ECDSA_SHA_256'];

export interface Bilingual {
  'zh-CN': string;
  en: string;
}

/**
 * A decision (准予 / 不予) as signed under the one seal. Every field is part of the signed bytes;
 * the printed page and the verification page render from this document and nothing else.
 */
export interface DecisionDocument {
  schema: 'one-window/decision/v1';
  /** e.g. "QS-JD-2026-000012". */
  documentNumber: string;
  /** Random, URL-safe; the QR code leads to /verify/<verifyCode>. */
  verifyCode: string;
  caseNumber: string;
  /** Who decides and seals: the township (one seal), or the county department for forwarded items. */
  issuer: { kind: 'township' | 'county_department'; id: string; name: Bilingual };
  township: { id: string; name: Bilingual };
  item: { code: string; version: number; name: Bilingual };
  outcome: 'grant' | 'refuse';
  /** Reasons for the decision. */
  grounds: string[];
  legalBasis: string[];
  /** Refusals: administrative reconsideration within 60 days, a lawsuit within 6 months. */
  remedies?: string;
  /** Personal data already masked (functions/core/privacy/mask.ts): the document is public through its QR code. */
  applicant: { kind: 'person' | 'business'; name: string; idNumber?: string; creditCode?: string };
  /** YYYY-MM-DD, China date. */
  decidedOn: string;
  /** ISO instant. */
  decidedAt: string;
  approver: { name: string };
  keyId: string;
  algorithm: SealAlgorithm;
}

export const DECISION_SCHEMA = 'one-window/decision/v1' as const;

/** The canonical JSON text of a decision (object keys sorted at every level, no undefined members). */
export function decisionText(doc: DecisionDocument): string {
  return canonicalJson(doc);
}

/** The exact bytes that are signed: the canonical JSON as UTF-8. */
export function decisionBytes(doc: DecisionDocument): Uint8Array {
  return new TextEncoder().encode(decisionText(doc));
}

/** Crockford's base32 alphabet: no I, L, O, U, so a code read aloud or typed from paper survives. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters = 80 random bits. */
export const VERIFY_CODE_LENGTH = 16;
export const VERIFY_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/** A new verification code: 16 Crockford base32 characters from 10 random bytes (80 bits). */
export function newVerifyCode(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(10);
  if (bytes.length < 10) throw new Error('randomBytes returned too few bytes');
  let bits = 0n;
  for (const b of bytes.subarray(0, 10)) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = VERIFY_CODE_LENGTH - 1; i >= 0; i--) code += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}
