import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/api-error.js';
import { signInLocal } from '../../api/auth.js';
import { errorText } from '../../api/error-text.js';
import { Button } from '../../components/Button/Button.js';
import { Checkbox } from '../../components/Checkbox/Checkbox.js';
import type { SummaryError } from '../../components/ErrorSummary/ErrorSummary.js';
import { TextField } from '../../components/TextField/TextField.js';
import { useI18n } from '../../i18n/i18n.js';
import { api, sessionStore } from '../../services.js';
import { safeNextPath, WORKSPACE_PATHS } from '../../session/paths.js';
import { DemoAccounts } from './DemoAccounts.js';

const FIELDS = { username: 'sign-in-username', password: 'sign-in-password' } as const;
type Field = keyof typeof FIELDS;

/** What the page's error summary shows after a submit; `attempt` changes on every submit. */
export interface SignInSummary {
  errors: SummaryError[];
  attempt: number;
}

/**
 * Username and password against the local issuer (the embedded default), with its demo accounts.
 * The error summary sits above the page title, so the page renders it from `onSummary`.
 */
export function LocalSignIn(props: { onSummary(summary: SignInSummary): void }) {
  const { t } = useI18n();
  const { query, route } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    props.onSummary({
      attempt,
      errors: [
        ...(formError ? [{ message: formError, fieldId: FIELDS.username }] : []),
        ...(Object.keys(FIELDS) as Field[]).flatMap((f) => (fieldErrors[f] ? [{ fieldId: FIELDS[f], message: fieldErrors[f]! }] : [])),
      ],
    });
  }, [attempt, fieldErrors, formError]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (submitting) return;
    setAttempt((n) => n + 1);
    setFormError(null);
    const missing: Partial<Record<Field, string>> = {};
    if (!username.trim()) missing.username = t('signIn.error.usernameRequired');
    if (!password) missing.password = t('signIn.error.passwordRequired');
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;

    setSubmitting(true);
    try {
      const fresh = await signInLocal(api, username.trim(), password);
      sessionStore.set(fresh);
      route(safeNextPath(query.next) ?? WORKSPACE_PATHS[fresh.user.workspace]);
    } catch (error) {
      setSubmitting(false);
      const issues = error instanceof ApiError ? error.issues.filter((i): i is typeof i & { path: Field } => i.path in FIELDS) : [];
      if (issues.length > 0) setFieldErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      else setFormError(errorText(error, t));
    }
  };

  return (
    <>
      <form noValidate onSubmit={onSubmit} data-testid="sign-in-form">
        <TextField
          id={FIELDS.username}
          label={t('signIn.username.label')}
          value={username}
          onValue={setUsername}
          error={fieldErrors.username}
          autoComplete="username"
          maxLength={64}
          width="medium"
        />
        <TextField
          id={FIELDS.password}
          label={t('signIn.password.label')}
          type={showPassword ? 'text' : 'password'}
          value={password}
          onValue={setPassword}
          error={fieldErrors.password}
          autoComplete="current-password"
          maxLength={200}
          width="medium"
        />
        <Checkbox id="sign-in-show-password" label={t('signIn.showPassword')} checked={showPassword} onChecked={setShowPassword} />
        <Button type="submit" aria-disabled={submitting} id="sign-in-submit">
          {submitting ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
        <p class="visually-hidden" role="status">
          {submitting ? t('signIn.submitting') : ''}
        </p>
      </form>
      <DemoAccounts
        onUse={(user, secret) => {
          setUsername(user);
          setPassword(secret);
          setFieldErrors({});
          setFormError(null);
          document.getElementById('sign-in-submit')?.focus();
        }}
      />
    </>
  );
}
