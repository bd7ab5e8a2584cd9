import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { apiAddMember, apiLogIn, apiSetOwnPassword, apiSignUp, graphqlRaw, signIn, uniqueEmail } from './helpers';

/**
 * A guest reads and changes nothing: the SPA offers no management action, and the API
 * refuses the mutations even when called directly.
 */
test('a guest sees no management actions and the API refuses their writes', async ({ page, request }) => {
  const owner = { name: 'Otto Owner', email: uniqueEmail('otto'), password: 'walnut harbor signal crayon', organizationName: 'Guesthouse' };
  const { accessToken: ownerToken } = await apiSignUp(request, owner);
  const guest = { name: 'Gina Guest', email: uniqueEmail('gina'), password: 'pebble violin canyon thistle' };
  const temporaryPassword = 'Rb6tN-kW2qS-m8XvJ-3pLzC';
  await apiAddMember(request, ownerToken, { name: guest.name, email: guest.email, role: 'GUEST', temporaryPassword });
  const bob = await apiAddMember(request, ownerToken, { name: 'Bob Member', email: uniqueEmail('bob'), role: 'MEMBER', temporaryPassword });
  await apiSetOwnPassword(request, guest.email, temporaryPassword, guest.password);

  await test.step('the Members page shows the list; the actions a guest may not use are disabled', async () => {
    await signIn(page, guest.email, guest.password);
    await page.goto('/members');
    await expect(page.getByRole('row', { name: /Bob Member/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Otto Owner/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add User' })).toHaveCount(0);
    // shown disabled, with the reason as a tooltip, rather than hidden (the seed's "Unable to Edit/Remove Member")
    const actions = page.getByRole('button', { name: /^(Edit role of|Remove|Suspend|Resend credentials to) / });
    expect(await actions.count()).toBeGreaterThan(0);
    for (const action of await actions.all()) await expect(action).toBeDisabled();
    // guests see their own email only
    await expect(page.getByRole('row', { name: /Gina Guest/ }).getByText(guest.email)).toBeVisible();
    await expect(page.getByRole('row', { name: /Otto Owner/ })).not.toContainText('@');
  });

  await test.step('no credits, API key or resource actions anywhere', async () => {
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Credits' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'API keys' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);

    await page.goto('/credits');
    await expect(page.getByText('Billing is for owners and administrators')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add credits' })).toHaveCount(0);

    await page.goto('/dashboard');
    await expect(page.getByTestId('credit-balance')).toHaveText('0');
    await expect(page.getByRole('button', { name: /add credits/i })).toHaveCount(0);

    await page.goto('/resources');
    await expect(page.getByRole('heading', { name: 'Resources' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create resource' })).toHaveCount(0);
  });

  await test.step('the API refuses the same actions', async () => {
    const { accessToken } = await apiLogIn(request, guest.email, guest.password);
    const refusals = [
      [
        'mutation A($input: AddMemberInput!) { addMember(input: $input) { member { id } } }',
        { input: { name: 'Eve', email: uniqueEmail('eve'), temporaryPassword, sendEmail: false } },
      ],
      [
        'mutation R($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }',
        { input: { memberId: bob.id, role: 'ADMIN' } },
      ],
      ['mutation X($id: ID!) { removeMember(memberId: $id) { id } }', { id: bob.id }],
      [
        'mutation C($input: AddCreditsInput!) { addCredits(input: $input) { id } }',
        { input: { amount: '10', idempotencyKey: randomUUID() } },
      ],
      ['mutation K { createApiKey(name: "guest key") { secret } }', {}],
    ] as const;
    for (const [query, variables] of refusals) {
      const body = await graphqlRaw(request, accessToken, query, variables);
      expect(body.data ?? null, query).toBeNull();
      expect(body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }

    // nothing changed: Bob is still a member and no credits were added
    const check = await graphqlRaw(
      request,
      ownerToken,
      '{ members(first: 50) { nodes { name role } } organization { creditBalance { balance } } }',
    );
    const data = check.data as {
      members: { nodes: { name: string; role: string }[] };
      organization: { creditBalance: { balance: string } };
    };
    expect(data.members.nodes.find((m) => m.name === 'Bob Member')?.role).toBe('MEMBER');
    expect(data.members.nodes.map((m) => m.name)).not.toContain('Eve');
    expect(data.organization.creditBalance.balance).toBe('0');
  });
});
