import type {ProductType} from "./planTypes.ts";

export interface ProductTypeInfo {
  readonly id: ProductType;
  readonly nameVi: string;
  readonly nameEn: string;
  /** Spellings accepted in reports besides the id, compared without diacritics or case. */
  readonly aliases: readonly string[];
}

/**
 * The product types (loại sản phẩm) an activity report may give. The six (article,
 * broadcast, leaflet, conference, contest, dialogue) plus four the appendix names as products:
 * the commune radio programme (chương trình chuyên đề, task 14), the monthly good example (nêu
 * gương, task 14), directives and reports (văn bản, báo cáo: most tasks) and video clips (task 9).
 * The vocabulary is code, not plan data, because each type is an indicator in the catalogue.
 */
export const PRODUCT_TYPES: readonly ProductTypeInfo[] = [
  {id: "article", nameVi: "Tin, bài", nameEn: "Article", aliases: ["tin bài", "tin, bài", "bài viết", "tin", "bài", "phóng sự", "bản tin", "article"]},
  {id: "broadcast", nameVi: "Phát sóng", nameEn: "Broadcast", aliases: ["phát sóng", "phát thanh", "tiếp phát", "tiếp sóng", "số phát thanh", "truyền thanh", "broadcast"]},
  {id: "leaflet", nameVi: "Ấn phẩm (tờ rơi, pano, áp phích)", nameEn: "Leaflet, poster, banner", aliases: ["ấn phẩm", "tờ rơi", "tờ gấp", "pano", "panô", "áp phích", "băng rôn", "leaflet"]},
  {id: "conference", nameVi: "Hội nghị, tập huấn", nameEn: "Conference, training", aliases: ["hội nghị", "hội thảo", "tập huấn", "conference"]},
  {id: "contest", nameVi: "Cuộc thi", nameEn: "Contest", aliases: ["cuộc thi", "hội thi", "contest"]},
  {id: "dialogue", nameVi: "Đối thoại", nameEn: "Dialogue", aliases: ["đối thoại", "gặp mặt, đối thoại", "gặp mặt đối thoại", "dialogue"]},
  {id: "programme", nameVi: "Chương trình phát thanh chuyên đề", nameEn: "Radio programme", aliases: ["chương trình chuyên đề", "chương trình phát thanh", "chương trình phát thanh chuyên đề", "chuyên đề", "programme", "program"]},
  {id: "good-example", nameVi: "Nêu gương người tốt, việc tốt", nameEn: "Good example", aliases: ["nêu gương", "nêu gương người tốt, việc tốt", "người tốt việc tốt", "good example", "good-example"]},
  {id: "document", nameVi: "Văn bản, báo cáo", nameEn: "Directive or report", aliases: ["văn bản", "văn bản chỉ đạo", "văn bản hướng dẫn", "báo cáo", "document"]},
  {id: "video", nameVi: "Video clip", nameEn: "Video clip", aliases: ["video", "video clip", "clip"]}
];
