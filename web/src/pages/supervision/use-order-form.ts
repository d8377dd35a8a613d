import { useState } from 'preact/hooks';
import type { SummaryError } from '../../components/ErrorSummary/ErrorSummary.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages/index.js';
import { failureOf, issuesToErrors } from '../counter/review/action-outcome.js';
import { useInFlight } from '../counter/use-in-flight.js';
import { fieldOfIssuePath, type FieldProblem, type Problems } from './supervision-forms.js';

/** What an order form tells the page it is on. */
export interface OrderFormCallbacks {
  /** The step is recorded: the page reloads the case (its version moved) and says so. */
  onDone(message: MessageKey): void;
  /** Problems for the page's error summary (an empty list clears it). */
  onErrors(errors: SummaryError[]): void;
  /** 409: someone changed the case since it was loaded. */
  onConflict(): void;
}

/**
 * One order form's values, field errors and sending: checked here first, then by the API; its
 * field issues land on the fields, its refusals (422) in the page's summary.
 */
export function useOrderForm<F extends string>(options: {
  idPrefix: string;
  initial: Record<F, string>;
  check(values: Record<F, string>): Problems<F>;
  callbacks: OrderFormCallbacks;
}) {
  const { t } = useI18n();
  const fields = Object.keys(options.initial) as F[];
  const [values, setValues] = useState(options.initial);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const { busy, run } = useInFlight();
  const idOf = (field: F) => `${options.idPrefix}-${field}`;
  const text = (p: FieldProblem) => {
    const params = { ...p.params };
    if (typeof params.label === 'string') params.label = t(params.label as MessageKey);
    return t(p.key, params);
  };
  const show = (byField: Partial<Record<F, string>>, extra: SummaryError[] = []) => {
    setErrors(byField);
    options.callbacks.onErrors([...fields.filter((f) => byField[f]).map((f) => ({ fieldId: idOf(f), message: byField[f]! })), ...extra]);
  };

  const submit = (send: (values: Record<F, string>) => Promise<unknown>, done: MessageKey) => (event: Event) => {
    event.preventDefault();
    const problems = options.check(values);
    const byField: Partial<Record<F, string>> = {};
    for (const f of fields) if (problems[f]) byField[f] = text(problems[f]!);
    if (Object.keys(byField).length > 0) return show(byField);
    void run(async () => {
      try {
        await send(values);
        show({});
        options.callbacks.onDone(done);
      } catch (error) {
        const failure = failureOf(error, t);
        if (failure.kind === 'conflict') return options.callbacks.onConflict();
        if (failure.kind === 'issues') {
          const mapped = issuesToErrors(failure.issues, (path) => {
            const field = fieldOfIssuePath(path, fields);
            return field ? idOf(field) : undefined;
          });
          setErrors(Object.fromEntries(fields.filter((f) => mapped.byField[idOf(f)]).map((f) => [f, mapped.byField[idOf(f)]])) as Partial<Record<F, string>>);
          return options.callbacks.onErrors(mapped.summary);
        }
        show({}, [{ message: failure.message }]);
      }
    });
  };

  const field = (name: F) => ({
    id: idOf(name),
    value: values[name],
    onValue: (value: string) => setValues({ ...values, [name]: value }),
    ...(errors[name] ? { error: errors[name] } : {}),
  });
  return { values, field, submit, busy };
}
