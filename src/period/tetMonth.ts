// Tết Nguyên Đán (Lunar New Year's day), from the Vietnamese lunar calendar. Kept as a literal
// table: the lunar calendar is not computable from a simple rule, and the dashboard only needs
// these years.
const TET: Readonly<Partial<Record<number, string>>> = {
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03"
};

/** The month ("YYYY-MM") in which Tết Nguyên Đán falls in `year`; throws outside 2019-2030. */
export function tetMonth(year: number): string {
  const day = TET[year];
  if (day === undefined) throw new Error(`No Tết date for year ${year}: the table covers 2019 to 2030`);
  return day.slice(0, 7);
}
