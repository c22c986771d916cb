import { furthestStage, PATHWAY } from './pathway.js';

describe('pathway to violence', () => {
  it('orders the steps grievance → ideation → research/planning → preparation → breach → attack', () => {
    expect(PATHWAY).toEqual(['grievance', 'ideation', 'research-planning', 'preparation', 'breach', 'attack']);
  });

  it('takes the furthest step observed, also when earlier ones were not seen', () => {
    expect(furthestStage([])).toBe('none');
    expect(furthestStage(['none'])).toBe('none');
    expect(furthestStage(['grievance', 'ideation'])).toBe('ideation');
    expect(furthestStage(['preparation', 'grievance'])).toBe('preparation');
    expect(furthestStage(['research-planning'])).toBe('research-planning');
    expect(furthestStage(['breach', 'attack', 'ideation'])).toBe('attack');
  });
});
