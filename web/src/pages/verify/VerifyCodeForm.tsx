import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { Button } from '../../components/Button/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary.js';
import { TextField } from '../../components/TextField/TextField.js';
import { useI18n } from '../../i18n/i18n.js';

/** A code as typed from paper, without spaces and dashes (the API also reads O as 0, I and L as 1). */
export const cleanVerifyCode = (value: string) => value.replace(/[\s-]/g, '').toUpperCase();

/** Typing the verification code printed under a decision's QR code, for those who cannot scan it. */
export function VerifyCodeForm(props: { titleHasErrors?(has: boolean): void }) {
  const { t } = useI18n();
  const { route } = useLocation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const cleaned = cleanVerifyCode(code);
    if (!/^[0-9A-Z]{16}$/.test(cleaned)) {
      setError(t(cleaned === '' ? 'verify.form.required' : 'verify.form.format'));
      props.titleHasErrors?.(true);
      return;
    }
    setError(undefined);
    props.titleHasErrors?.(false);
    route(`/verify/${cleaned}`);
  };
  return (
    <>
      <ErrorSummary errors={error ? [{ fieldId: 'verify-code-input', message: error }] : []} attempt={attempt} />
      <form noValidate onSubmit={onSubmit} class="verify-form" data-testid="verify-form">
        <TextField
          id="verify-code-input"
          label={t('verify.form.label')}
          hint={t('verify.form.hint')}
          value={code}
          onValue={setCode}
          {...(error ? { error } : {})}
          width="medium"
          autoComplete="off"
          spellcheck={false}
          maxLength={40}
        />
        <Button type="submit">{t('verify.form.submit')}</Button>
      </form>
    </>
  );
}
