import type {Lang} from "../format/lang.ts";
import type {AgencyLedgerEntry} from "../plan/agencyLedger.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import {inLanguage} from "./inLanguage.ts";
import type {PlanCsv} from "./planCsv.ts";

/** The agency ledger as a CSV: what each agency leads (with progress), what it reported, what it coordinates. */
export function planLedgerCsv(ledger: readonly AgencyLedgerEntry[], lang: Lang): PlanCsv {
  const t = catalogue(lang).plan;
  const keys = ["agency", "kind", "leads", "overall", "deliveredOnLed", "delivered", "coordinates"] as const;
  return {
    columns: keys.map((key) => ({header: t.csv[key], key})),
    rows: ledger.map((e) => ({
      agency: inLanguage(e, "name", lang),
      kind: e.kind,
      leads: e.leads.map((l) => `${l.item} (${t.progress[l.status] ?? t.progress.none})`).join("; "),
      overall: e.status === null ? null : t.progress[e.status] ?? t.progress.none!,
      deliveredOnLed: e.deliveredOnLed,
      delivered: e.delivered,
      coordinates: e.coordinates.join("; ")
    }))
  };
}
