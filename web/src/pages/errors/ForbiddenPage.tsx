import { WORKSPACES } from '../../../../functions/core/auth/principal.js';
import type { User, Workspace } from '../../api/types.js';
import { ButtonLink } from '../../components/Button/Button.js';
import { Page, PageTitle } from '../../components/Page/Page.js';
import { useI18n } from '../../i18n/i18n.js';
import { signInPath, WORKSPACE_PATHS } from '../../session/paths.js';

/** The 403 view: whose workspace this is, who the user is, and the way to their own. */
export function ForbiddenPage(props: { workspace: Workspace; user: User; next: string }) {
  const { t } = useI18n();
  const { workspace, user } = props;
  const roles = WORKSPACES[workspace].map((role) => t(`role.${role}`)).join(t('list.separator'));
  return (
    <Page>
      <div data-testid="forbidden">
        <PageTitle>{t('forbidden.title')}</PageTitle>
        <p class="lead">{t('forbidden.body', { workspace: t(`workspace.${workspace}`), roles, role: t(`role.${user.role}`) })}</p>
        <p>
          <ButtonLink href={WORKSPACE_PATHS[user.workspace]}>{t('forbidden.goOwn', { workspace: t(`workspace.${user.workspace}`) })}</ButtonLink>
        </p>
        <p>
          <a href={signInPath(props.next)}>{t('forbidden.switchUser')}</a>
        </p>
      </div>
    </Page>
  );
}
