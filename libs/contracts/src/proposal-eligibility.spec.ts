import { DesignationStatus } from './catalogue';
import { canBeProposed, patentOrLicenceEvidence } from './designation';

describe('what a proposal may be made for', () => {
  it('is a product not designated, or whose designation expired (never a revoked one)', () => {
    expect(Object.values(DesignationStatus).filter(canBeProposed)).toEqual(['UNDESIGNATED', 'EXPIRED']);
  });
});

describe('a valid patent or certificate', () => {
  const today = '2027-03-01';
  const none = { patents: [], lockerDocuments: [], productCertifications: [] };

  it('is a patent not expired, before anything else', () => {
    const evidence = patentOrLicenceEvidence(
      { ...none, patents: [{ number: '10-1', expiresOn: '2027-02-28' }, { number: '10-2', expiresOn: '2027-03-01' }], productCertifications: ['KC'] },
      today,
    );
    expect(evidence).toEqual({ kind: 'patent', number: '10-2', expiresOn: '2027-03-01' });
  });

  it('is a locker document not expired (or without an end)', () => {
    expect(patentOrLicenceEvidence({ ...none, lockerDocuments: [{ title: '만료', expiresOn: '2027-01-01' }, { title: 'GS인증서', expiresOn: null }] }, today)).toEqual({
      kind: 'locker',
      title: 'GS인증서',
      expiresOn: null,
    });
  });

  it('is a certification recorded on the product', () => {
    expect(patentOrLicenceEvidence({ ...none, productCertifications: ['', 'GS인증 1등급'] }, today)).toEqual({ kind: 'certification', name: 'GS인증 1등급' });
  });

  it('is missing when there is none of these', () => {
    expect(patentOrLicenceEvidence({ ...none, patents: [{ number: '10-1', expiresOn: '2027-02-28' }] }, today)).toBeNull();
  });
});
