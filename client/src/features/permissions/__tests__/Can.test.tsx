import { screen } from '@testing-library/react';
import { ALL_PERMISSIONS, PERMISSIONS_BY_ROLE, ROLES, Permission, type Role } from '@orgpulse/shared';
import { renderWithProviders } from '../../../test/render';
import { Can } from '../Can';

describe('<Can permission>', () => {
  it.each(ROLES.flatMap((role) => ALL_PERMISSIONS.map((permission) => [role, permission] as [Role, Permission])))(
    '%s / %s follows the shared permission table',
    (role, permission) => {
      renderWithProviders(
        <Can permission={permission} fallback={<span>hidden</span>}>
          <button type="button">action</button>
        </Can>,
        { role },
      );
      const allowed = PERMISSIONS_BY_ROLE[role].includes(permission);
      expect(screen.queryByRole('button', { name: 'action' }) !== null).toBe(allowed);
      expect(screen.queryByText('hidden') !== null).toBe(!allowed);
    },
  );

  it('shows nothing to a visitor without a session', () => {
    renderWithProviders(
      <Can permission={Permission.OrganizationRead}>
        <span>secret</span>
      </Can>,
      { role: null },
    );
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
  });
});
