import { importMissing } from './import-list-modal.component';

describe('official list import', () => {
  const file = new File(['x'], 'list.xlsx');

  it('needs a file', () => {
    expect(
      importMissing({ kind: 'HighTech', year: 2026, stage: 'Publicized', issuedOn: null }, null),
    ).toEqual(['file']);
    expect(
      importMissing({ kind: 'HighTech', year: 2026, stage: 'Publicized', issuedOn: null }, file),
    ).toEqual([]);
  });

  it('needs the issue date for an approved list', () => {
    expect(
      importMissing({ kind: 'HighTech', year: 2026, stage: 'Approved', issuedOn: null }, file),
    ).toEqual(['issuedOn']);
    expect(
      importMissing(
        { kind: 'HighTech', year: 2026, stage: 'Approved', issuedOn: '2026-12-01' },
        file,
      ),
    ).toEqual([]);
  });
});
