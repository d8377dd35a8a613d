import type { CaseDecision } from '../../api/decisions.js';

/**
 * Saves the signed record as the API keeps it: the canonical document text exactly as signed, and
 * its signature (`decision-<number>.json`). The same file wherever the applicant downloads it.
 */
export function saveSignedDecision(decision: Pick<CaseDecision, 'record'>, documentNumber: string) {
  const blob = new Blob([`${JSON.stringify(decision.record, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `decision-${documentNumber.replace(/[^\w.-]+/g, '_') || decision.record.verifyCode}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
