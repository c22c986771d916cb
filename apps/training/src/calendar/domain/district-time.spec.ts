import { addDays, daysBetween, districtDay, startOfDistrictDay } from './district-time.js';

const CHICAGO = 'America/Chicago';
const DENVER = 'America/Denver';

describe('district calendar (America/Chicago)', () => {
  it('starts a day at local midnight, in standard and in daylight time', () => {
    expect(startOfDistrictDay('2028-11-23', CHICAGO).toISOString()).toBe('2028-11-23T06:00:00.000Z');
    expect(startOfDistrictDay('2027-07-01', CHICAGO).toISOString()).toBe('2027-07-01T05:00:00.000Z');
    // DST begins 2027-03-14 at 02:00 local; midnight is still CST.
    expect(startOfDistrictDay('2027-03-14', CHICAGO).toISOString()).toBe('2027-03-14T06:00:00.000Z');
    expect(startOfDistrictDay('2027-03-15', CHICAGO).toISOString()).toBe('2027-03-15T05:00:00.000Z');
  });

  it('names the local day of an instant', () => {
    expect(districtDay(new Date('2028-11-23T05:59:59.999Z'), CHICAGO)).toBe('2028-11-22');
    expect(districtDay(new Date('2028-11-23T06:00:00.000Z'), CHICAGO)).toBe('2028-11-23');
  });

  it('counts calendar days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2028-08-25', '2028-11-23')).toBe(90);
  });
});

describe('district calendar of another zone (El Paso, America/Denver)', () => {
  it('starts its day an hour after Chicago, so one instant can be two district days', () => {
    expect(startOfDistrictDay('2028-11-23', DENVER).toISOString()).toBe('2028-11-23T07:00:00.000Z');
    const instant = new Date('2028-11-23T06:30:00.000Z');
    expect(districtDay(instant, CHICAGO)).toBe('2028-11-23');
    expect(districtDay(instant, DENVER)).toBe('2028-11-22');
  });
});
