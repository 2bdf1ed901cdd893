import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_PROJECT,
  projectGiven,
  projectParams,
  readProject,
} from '../../../../src/domain/cost/project';

const read = (query: string) => {
  const params = new URLSearchParams(query);
  return readProject((name) => params.get(name));
};

describe('the project in the URL', () => {
  it('is the example project when the URL describes none', () => {
    expect(read('parks=a,b')).toEqual({ project: EXAMPLE_PROJECT, errors: {}, given: false });
  });

  it('counts as given only when a project field has a value', () => {
    const given = (query: string) => {
      const params = new URLSearchParams(query);
      return projectGiven((name) => params.get(name));
    };
    expect(given('')).toBe(false);
    expect(given('parks=a,b')).toBe(false);
    expect(given('landMu=&operators=%20')).toBe(false);
    expect(given('landMu=40')).toBe(true);
    expect(given('site=factory-rent')).toBe(true);
  });

  it('round-trips through query parameters', () => {
    const query = new URLSearchParams(projectParams(EXAMPLE_PROJECT)).toString();
    expect(query).toBe(
      'site=land&landMu=50&investmentCny10k=20000&powerKw=2000&hoursPerDay=16&daysPerYear=300&waterM3PerDay=100&operators=160&technicians=30&engineers=10',
    );
    expect(read(query)).toEqual({ project: EXAMPLE_PROJECT, errors: {}, given: true });
  });

  it('reads grouped and full-width figures, and takes defaults for empty fields', () => {
    const { project, errors } = read('site=factory-rent&floorM2=１２,０００&powerKw=&operators=8');
    expect(errors).toEqual({});
    expect(project).toMatchObject({
      site: 'factory-rent',
      floorM2: 12_000,
      powerKw: 0,
      hoursPerDay: 16,
      daysPerYear: 300,
      investmentCny10k: null,
      workers: { operator: 8, technician: 0, engineer: 0 },
    });
  });

  it('names each field it cannot accept, and why', () => {
    const { errors } = read(
      'site=land&landMu=abc&powerKw=-5&operators=2.5&hoursPerDay=25&waterM3PerDay=1e3',
    );
    expect(errors).toEqual({
      landMu: 'number',
      powerKw: 'negative',
      operators: 'whole',
      hoursPerDay: 'too-large',
      waterM3PerDay: 'number',
    });
    expect(read('site=land&powerKw=10').errors).toEqual({ landMu: 'required' });
    expect(read('site=factory-buy&landMu=50').errors).toEqual({ floorM2: 'required' });
    expect(read('site=castle&landMu=5').errors).toEqual({ site: 'site' });
  });
});
