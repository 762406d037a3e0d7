/**
 * What a PCI value should have been, or null when it is valid: sub-indices 0-10, the total
 * 0-100, the rank a whole number from 1 to the number of provinces ranked that year.
 */
export function pciValueProblem(indicatorId: string, value: number, provincesRanked: number): string | null {
  if (indicatorId === "pci_rank") {
    return Number.isInteger(value) && value >= 1 && value <= provincesRanked ? null : `a whole-number rank from 1 to ${provincesRanked}`;
  }
  if (indicatorId === "pci_total") return value >= 0 && value <= 100 ? null : "a PCI score from 0 to 100";
  return value >= 0 && value <= 10 ? null : "a sub-index score from 0 to 10";
}
