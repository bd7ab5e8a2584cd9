import { describeAuditData } from '../audit-details';

describe('describeAuditData', () => {
  it('shows what changed, before → after, in words', () => {
    expect(describeAuditData('{"after":{"role":"ADMIN"},"before":{"role":"MEMBER"}}')).toEqual(['role: Member → Administrator']);
    expect(describeAuditData('{"before":{"status":"ACTIVE"},"after":{"status":"REMOVED"}}')).toEqual(['status: Active → Removed']);
    expect(describeAuditData('{"after":{"kind":"AGENT","name":"triage-agent"}}')).toEqual(['kind: Agent', 'name: triage-agent']);
  });

  it('lists new values and the other fields, leaving ids out', () => {
    expect(
      describeAuditData('{"after":{"role":"GUEST","email":"gail@example.com","status":"ACTIVE"},"sendEmail":false,"existingUser":false}'),
    ).toEqual(['role: Guest', 'email: gail@example.com', 'status: Active', 'send email: no', 'existing user: no']);
    expect(describeAuditData('{"after":{"name":"prod backend","prefix":"opk_ab12","memberId":"8bee2610"}}')).toEqual([
      'name: prod backend',
      'prefix: opk_ab12',
    ]);
    expect(describeAuditData('{"note":"Invoice 7","after":{"balance":"500"},"amount":"500","before":{"balance":"0"}}')).toEqual([
      'balance: 0 → 500',
      'note: Invoice 7',
      'amount: 500',
    ]);
  });

  it('says when a value was cleared, and shows text that is not JSON as it is', () => {
    expect(describeAuditData('{"before":{"threshold":"50"},"after":{"threshold":null}}')).toEqual(['threshold: 50 → none']);
    expect(describeAuditData('{"before":{"name":"Old"}}')).toEqual(['name was Old']);
    expect(describeAuditData('not json')).toEqual(['not json']);
    expect(describeAuditData(null)).toEqual([]);
  });
});
