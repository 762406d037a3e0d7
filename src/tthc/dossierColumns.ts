/**
 * Columns of a dossier-level export from the one-stop system (hệ thống một cửa điện tử): one
 * row per dossier (hồ sơ). Personal columns are listed so that writers can lay out a realistic
 * export and readers know to leave them alone: a reader never selects them.
 */
export type DossierField =
  | "code"
  | "applicantName"
  | "idNumber"
  | "phone"
  | "address"
  | "unit"
  | "procedure"
  | "field"
  | "channel"
  | "level"
  | "received"
  | "due"
  | "completed"
  | "returnChannel"
  | "paidOnline"
  | "digitised"
  | "eResult"
  | "note";

export interface DossierColumn {
  readonly key: DossierField;
  /** The header as the one-stop system writes it. */
  readonly header: string;
  /** Other headers accepted, as headerKey() folds them (no diacritics, punctuation as spaces). */
  readonly aliases: readonly string[];
  /** Needed to count dossiers: a file without it is refused. */
  readonly required: boolean;
  /**
   * Personal data (dữ liệu cá nhân), or free text that may hold it: its values never reach
   * JavaScript, outputs or messages. Readers do not select the personal columns at all; "Ghi
   * chú" is only tested inside DuckDB for the sample marker.
   */
  readonly personal: boolean;
}

const column = (key: DossierField, header: string, aliases: readonly string[], flags: {required?: boolean; personal?: boolean} = {}): DossierColumn => ({
  key,
  header,
  aliases,
  required: flags.required ?? false,
  personal: flags.personal ?? false
});

/** In the order the sample export writes them; readers find columns by header, not position. */
export const DOSSIER_COLUMNS: readonly DossierColumn[] = [
  column("code", "Mã hồ sơ", ["ma ho so", "so ho so", "ma hs", "so hs", "dossier code"], {required: true}),
  column("applicantName", "Họ tên người nộp", ["ho ten nguoi nop", "ho va ten nguoi nop", "ten nguoi nop", "nguoi nop", "ho ten", "ho va ten", "chu ho so"], {personal: true}),
  column("idNumber", "Số CCCD/CMND", ["so cccd cmnd", "so cmnd cccd", "cccd cmnd", "so cccd", "so cmnd", "so dinh danh ca nhan", "so giay to tuy than"], {personal: true}),
  column("phone", "Số điện thoại", ["so dien thoai", "dien thoai", "sdt"], {personal: true}),
  column("address", "Địa chỉ", ["dia chi", "dia chi nguoi nop", "noi cu tru"], {personal: true}),
  column("unit", "Đơn vị tiếp nhận", ["don vi tiep nhan", "co quan tiep nhan", "noi tiep nhan", "don vi"], {required: true}),
  column("procedure", "Thủ tục", ["thu tuc", "ten thu tuc", "thu tuc hanh chinh", "ten thu tuc hanh chinh"]),
  column("field", "Lĩnh vực", ["linh vuc"]),
  column("channel", "Kênh nộp", ["kenh nop", "hinh thuc nop", "kenh tiep nhan", "hinh thuc tiep nhan", "kenh nop ho so", "hinh thuc nop ho so", "channel"], {required: true}),
  column("level", "Mức độ", ["muc do", "muc do dvc", "muc do dich vu cong"], {required: true}),
  column("received", "Ngày tiếp nhận", ["ngay tiep nhan", "ngay nhan", "ngay nop", "ngay nhan ho so", "ngay tiep nhan ho so", "received"], {required: true}),
  column("due", "Ngày hẹn trả", ["ngay hen tra", "ngay hen tra ket qua", "han giai quyet", "han xu ly", "han tra ket qua", "ngay het han", "due date"], {required: true}),
  column("completed", "Ngày hoàn thành", ["ngay hoan thanh", "ngay co ket qua", "ngay giai quyet xong"], {required: true}),
  column("returnChannel", "Hình thức trả kết quả", ["hinh thuc tra ket qua", "hinh thuc nhan ket qua", "kenh tra ket qua"], {required: true}),
  column("paidOnline", "Thanh toán trực tuyến", ["thanh toan truc tuyen", "thanh toan online"], {required: true}),
  // optional, for the QĐ 766 reckoning: missing columns leave its indicators missing, never zero
  column("digitised", "Số hóa hồ sơ", ["so hoa ho so", "so hoa", "da so hoa", "ho so da so hoa", "so hoa thanh phan ho so", "digitised"]),
  column("eResult", "Kết quả điện tử", ["ket qua dien tu", "cap ket qua dien tu", "co ket qua dien tu", "ket qua ban dien tu", "electronic result"]),
  column("note", "Ghi chú", ["ghi chu"], {personal: true})
];

/** The text a sample export carries in "Ghi chú" on every row (dữ liệu mẫu). */
export const DOSSIER_SAMPLE_MARKER = "DỮ LIỆU MẪU";
