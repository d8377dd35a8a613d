/** One recorded case event worth telling someone about (the applicant, the office). */
export interface CaseEventNotification {
  caseId: string;
  townshipId: string;
  /** What happened, e.g. `accept`, `request-correction`, `decide`. */
  eventType: string;
  /** The state the case entered, when the event moved it. */
  toState?: string;
  /** When the event was recorded (ISO 8601). */
  at: string;
  /** The event's position in its case's history; with caseId it identifies the event. */
  seq: number;
}

/** Sends notifications; the county can plug in SMS or a messaging app behind this port. */
export interface Notifier {
  notify(event: CaseEventNotification): Promise<void>;
}
