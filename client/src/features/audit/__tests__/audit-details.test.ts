import { auditChanges, changeText, describeAction, fieldLabel } from '../audit-details';

const lines = (data: string | null) => auditChanges(data).map(changeText);

describe('auditChanges', () => {
  it('shows what changed, before → after, with roles and enums in words', () => {
    expect(auditChanges('{"after":{"role":"ADMIN"},"before":{"role":"MEMBER"}}')).toEqual([
      { field: 'Role', before: 'Member', after: 'Administrator', kind: 'changed' },
    ]);
    expect(lines('{"before":{"status":"ACTIVE"},"after":{"status":"REMOVED"}}')).toEqual(['Status: Active → Removed']);
    expect(lines('{"after":{"kind":"AGENT","name":"triage-agent"}}')).toEqual(['Kind: Agent', 'Name: triage-agent']);
    expect(lines('{"before":{"requireMfa":false},"after":{"requireMfa":true}}')).toEqual(['Two-factor sign-in required: no → yes']);
  });

  it('formats credits exactly, with separators, and leaves ids out', () => {
    expect(lines('{"note":"Invoice 7","after":{"balance":"12500.5"},"amount":"12500.5","before":{"balance":"0"}}')).toEqual([
      `Balance: 0 → ${(12500).toLocaleString()}${(1.5).toLocaleString().charAt(1)}5`,
      'Note: Invoice 7',
      `Amount: ${(12500).toLocaleString()}${(1.5).toLocaleString().charAt(1)}5`,
    ]);
    expect(lines('{"before":{"monthlyLimit":null},"after":{"monthlyLimit":"100"}}')).toEqual(['Monthly limit: none → 100']);
    expect(lines('{"after":{"name":"prod backend","prefix":"opk_ab12","memberId":"8bee2610"}}')).toEqual([
      'Name: prod backend',
      'Prefix: opk_ab12',
    ]);
    expect(lines('{"after":{"role":"GUEST","email":"gail@example.com"},"sendEmail":false,"existingUser":false}')).toEqual([
      'Role: Guest',
      'Email: gail@example.com',
      'Send email: no',
      'Existing user: no',
    ]);
  });

  it('says when a value was cleared, lists arrays, and shows text that is not JSON as it is', () => {
    expect(lines('{"before":{"threshold":"50"},"after":{"threshold":null}}')).toEqual(['Threshold: 50 → none']);
    expect(lines('{"before":{"name":"Old"}}')).toEqual(['Name was Old']);
    expect(lines('{"after":{"events":["MEMBER_ADDED","CREDITS_ADDED"]}}')).toEqual(['Events: Member added, Credits added']);
    expect(lines('{"via":"emailed_link"}')).toEqual(['Via: emailed link']);
    expect(lines('not json')).toEqual(['Details: not json']);
    expect(lines(null)).toEqual([]);
    expect(lines('{"before":{"role":"MEMBER"},"after":{"role":"MEMBER"}}')).toEqual([]);
  });
});

describe('labels', () => {
  it('humanises field and action names', () => {
    expect(fieldLabel('monthlyLimit')).toBe('Monthly limit');
    expect(fieldLabel('send_email')).toBe('Send email');
    expect(describeAction('member.role_changed')).toBe('Member role changed');
    expect(describeAction('api_key.created')).toBe('API key created');
    expect(describeAction('user.mfa_enabled')).toBe('User two-factor enabled');
  });
});
