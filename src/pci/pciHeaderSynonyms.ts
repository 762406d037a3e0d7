/**
 * How VCCI's PCI workbooks have headed their columns from 2005 to 2024, in Vietnamese and English,
 * as folded phrases (foldVietnamese: lowercase, no diacritics; punctuation read as spaces, so
 * "Law & Order" is "law order"). A header names an indicator when it contains one of its phrases
 * as whole words. Kept as data: the guide page /guide/add-source lists it, and a header VCCI
 * writes differently next year is one phrase added here.
 */
export const PCI_HEADER_SYNONYMS: readonly {readonly indicator: string; readonly phrases: readonly string[]}[] = [
  {indicator: "pci_entry", phrases: ["gia nhap thi truong", "chi phi gia nhap thi truong", "entry", "entry costs", "market entry"]},
  {indicator: "pci_land", phrases: ["tiep can dat dai", "land", "land access"]},
  {indicator: "pci_transparency", phrases: ["minh bach", "transparency", "transparent"]},
  {indicator: "pci_time", phrases: ["chi phi thoi gian", "chi phi ve thoi gian", "time cost", "time costs", "regulatory compliance"]},
  {indicator: "pci_informal", phrases: ["chi phi khong chinh thuc", "khong chinh thuc", "informal", "informal charges", "informal costs"]},
  {
    indicator: "pci_bias",
    // 2006-2008 "Ưu đãi đối với DNNN" (SOE bias); from 2013 "Cạnh tranh bình đẳng"
    phrases: ["canh tranh binh dang", "uu dai doi voi dnnn", "uu dai dnnn", "uu dai doi voi doanh nghiep nha nuoc", "uu dai doanh nghiep nha nuoc", "bias", "policy bias", "soe bias", "equal competition"]
  },
  {indicator: "pci_proactive", phrases: ["nang dong", "tinh nang dong", "proactive", "proactivity"]},
  {
    indicator: "pci_support",
    phrases: ["ho tro doanh nghiep", "dich vu ho tro doanh nghiep", "phat trien khu vuc kinh te tu nhan", "phat trien khu vuc kttn", "business support", "business support services", "private sector development"]
  },
  {indicator: "pci_labor", phrases: ["dao tao lao dong", "labor", "labour", "labor training", "labor policy"]},
  {
    indicator: "pci_legal",
    // "Sub-Index 10" / "Chỉ số 10": the tenth is the legal sub-index in every year that has ten
    phrases: ["thiet che phap ly", "an ninh trat tu", "legal", "legal institutions", "law order", "law and order", "sub index 10", "subindex 10", "chi so 10", "chi so thanh phan 10"]
  },
  // "Thứ hạng PCI 2009" is the rank, not a second total
  {indicator: "pci_rank", phrases: ["xep hang", "thu hang", "rank", "ranking"]},
  {indicator: "pci_total", phrases: ["pci", "weighted pci", "pci co trong so", "chi so pci", "chi so nang luc canh tranh cap tinh"]}
];

/** Headers of the province column (whole header, folded). */
export const PCI_PROVINCE_HEADERS: readonly string[] = ["tinh", "tinh thanh pho", "tinh thanh", "ten tinh", "dia phuong", "province", "provinces"];

/** Headers of a row-number column (whole header, folded). */
export const PCI_ORDINAL_HEADERS: readonly string[] = ["stt", "tt", "thu tu", "no", "no.", "#"];

/**
 * Columns read past on purpose (phrases): rank tiers ("Nhóm xếp hạng", "PCI tier"), province
 * codes ("Mã PCI", "pci_id"), the unweighted total, which VCCI never published as the PCI, and
 * 2005's "implementation of central policy", outside the ten sub-indices.
 */
export const PCI_IGNORED_PHRASES: readonly string[] = [
  "nhom xep hang",
  "tier",
  "ma pci",
  "pci id",
  "chua co trong so",
  "chua trong so",
  "unweighted",
  "unweighted pci",
  "thuc hien chinh sach cua trung uong",
  "thuc hien chinh sach trung uong",
  "implementation of central policy",
  "implementation of central policies"
];
