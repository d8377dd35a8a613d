import type { Applicant } from './case.js';

/** A form field as far as finding the applicant in the answers goes. */
export interface FieldRef {
  id: string;
  type: string;
}

const NAME_FIELDS = ['applicantName', 'operatorName', 'name'];
const BUSINESS_NAME_FIELDS = ['businessName', 'enterpriseName', 'unitName'];

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The applicant block of a case, read from an application's form answers, so nobody types their
 * name, ID and phone twice: the first phone field, the ID field (`idNumber`, else the first ID
 * field), the first credit-code field (which makes it a business), the applicant name field.
 * Undefined when the form has no name or no phone to go on.
 */
export function applicantFromAnswers(fields: readonly FieldRef[], answers: Record<string, unknown>): Applicant | undefined {
  const firstOf = (type: string) =>
    fields
      .filter((f) => f.type === type)
      .map((f) => text(answers[f.id]))
      .find(Boolean);
  const byIds = (ids: string[]) => ids.map((id) => (fields.some((f) => f.id === id) ? text(answers[id]) : undefined)).find(Boolean);
  const phone = firstOf('phone');
  // Only the applicant's own code makes a business case (an employer's or a cooperative's does not).
  const creditCode = byIds(['creditCode']);
  const idNumber = byIds(['idNumber']) ?? firstOf('id_number');
  const name = creditCode ? (byIds(BUSINESS_NAME_FIELDS) ?? byIds(NAME_FIELDS)) : byIds(NAME_FIELDS);
  if (!name || !phone) return undefined;
  const address = firstOf('address');
  return {
    kind: creditCode ? 'business' : 'person',
    name,
    phone,
    ...(idNumber ? { idNumber } : {}),
    ...(creditCode ? { creditCode } : {}),
    ...(address ? { address } : {}),
  };
}
