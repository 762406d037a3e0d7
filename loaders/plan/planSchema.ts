import {z} from "zod";
import {PRODUCT_TYPES} from "../../src/plan/productTypes.ts";

// zod schemas of the four files of a plan folder; cross-file rules are checked in loadPlan.

const text = z.string().trim().min(1, "a non-empty text");
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "an id of lowercase letters, digits and dashes, such as \"phong-vhtt\"");
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month such as \"2024-01\"");
const productType = z.enum(
  PRODUCT_TYPES.map((t) => t.id) as [string, ...string[]],
  `a product type: one of ${PRODUCT_TYPES.map((t) => t.id).join(", ")}`
);

export const planFileSchema = z.strictObject({
  year: z.string().regex(/^\d{4}$/, "a year such as \"2024\""),
  titleVi: text,
  titleEn: text,
  issuerVi: text,
  issuedVi: text,
  districtId: z.string().min(1, "the id of the district in data/reference/units.csv"),
  from: month,
  to: month,
  peaks: z.array(
    z.strictObject({
      period: z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, "a period such as \"2024-10\" or \"2024-Q3\""),
      item: text,
      nameVi: text,
      nameEn: text
    })
  ),
  otherTargetsVi: z.array(text)
});

export const agenciesFileSchema = z.array(
  z.strictObject({
    id,
    nameVi: text,
    nameEn: text,
    aliases: z.array(text),
    kind: z.enum(["agency", "group"], "\"agency\" (reports for itself) or \"group\" (stands for several)"),
    members: z.strictObject({communes: z.boolean(), agencies: z.array(id)}).nullable(),
    roleVi: text.nullable()
  })
);

export const tasksFileSchema = z.array(
  z.strictObject({
    number: z.number().int("a whole task number").min(1, "a task number, 1 or more"),
    titleVi: text,
    titleEn: text,
    textVi: text,
    items: z
      .array(
        z.strictObject({
          id: z.string().regex(/^\d+(\.\d+)?$/, "an item id such as \"7\" or \"14.2\""),
          productsVi: z.array(text).min(1, "at least one product (SẢN PHẨM)"),
          productTypes: z.array(productType).min(1, "at least one product type"),
          lead: z.array(id).min(1, "at least one lead agency (CƠ QUAN CHỦ TRÌ)"),
          leadVi: text,
          coordinating: z.array(id),
          coordinatingVi: text.nullable(),
          scheduleVi: text,
          fundingVi: text.nullable(),
          duties: z
            .array(
              z.strictObject({
                id: z.string().regex(/^\d+(\.\d+)?(-[a-z0-9]+)*$/, "a duty id: the item id, optionally with a suffix such as \"14.2-neu-guong\""),
                nameVi: text,
                nameEn: text,
                // checked by parseSchedule, which knows the plan's months
                schedule: z.unknown(),
                counts: z.array(productType).nullable()
              })
            )
            .min(1, "at least one duty (a schedule)")
        })
      )
      .min(1, "at least one item")
  })
);

export const targetsFileSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^\d+$/, "a target number such as \"1\""),
    titleVi: text,
    titleEn: text,
    textVi: text,
    measures: z
      .array(
        z.strictObject({
          id: z.string().regex(/^\d+(\.\d+)?$/, "a measure id such as \"2\" or \"2.1\""),
          nameVi: text,
          nameEn: text,
          kind: z.enum(["yes-no", "share"], "\"yes-no\" or \"share\""),
          scope: z.array(z.enum(["commune", "district"], "\"commune\" or \"district\"")).min(1, "at least one of \"commune\", \"district\"")
        })
      )
      .min(1, "at least one measure")
  })
);
