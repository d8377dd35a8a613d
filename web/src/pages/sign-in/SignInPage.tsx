import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/api-error.js';
import { signInLocal } from '../../api/auth.js';
import { errorText } from '../../api/error-text.js';
import { Button } from '../../components/Button/Button.js';
import { Checkbox } from '../../components/Checkbox/Checkbox.js';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary/ErrorSummary.js';
import { Notice } from '../../components/Notice/Notice.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { TextField } from '../../components/TextField/TextField.js';
import { useI18n } from '../../i18n/i18n.js';
import { api, sessionStore } from '../../services.js';
import { safeNextPath, WORKSPACE_PATHS } from '../../session/paths.js';
import { useSession } from '../../session/use-session.js';
import { DemoAccounts } from './DemoAccounts.js';
import './sign-in.css';

const FIELDS = { username: 'sign-in-username', password: 'sign-in-password' } as const;
type Field = keyof typeof FIELDS;

/**
 * One sign-in for everybody; afterwards the user goes back where they were sent from (`next`),
 * or to their own workspace.
 */
export function SignInPage() {
  const { t } = useI18n();
  const { query, route } = useLocation();
  const { session } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

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

  const summary: SummaryError[] = [
    ...(formError ? [{ message: formError, fieldId: FIELDS.username }] : []),
    ...(Object.keys(FIELDS) as Field[]).flatMap((f) => (fieldErrors[f] ? [{ fieldId: FIELDS[f], message: fieldErrors[f]! }] : [])),
  ];

  return (
    <Page>
      <div class="sign-in">
        <ErrorSummary errors={summary} attempt={attempt} />
        {query.reason === 'expired' && !session && <Notice>{t('signIn.expired')}</Notice>}
        {query.reason === 'signed-out' && !session && <Notice tone="success">{t('signIn.signedOut')}</Notice>}
        {session && (
          <Notice announce={false}>
            <p>
              {t('signIn.alreadySignedIn', { name: session.user.name })}{' '}
              <a href={WORKSPACE_PATHS[session.user.workspace]}>{t('header.myWorkspace')}</a>
            </p>
          </Notice>
        )}
        <PageTitle hasErrors={summary.length > 0}>{t('signIn.title')}</PageTitle>
        <p>{t('signIn.lead')}</p>
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
      </div>
    </Page>
  );
}
