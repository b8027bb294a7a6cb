/**
 * Date grammar (vn-docs-spec §5.2) on the analysis copy (whitespace runs are single characters,
 * dashes folded to `-`). Every quantifier is bounded or over a class disjoint from its neighbour,
 * so matching is linear.
 */

/** Any candidate date: `d/m/yyyy`, `d-m-yyyy`, `d.m.yyyy`, `d tháng m năm yyyy`, or `d/m` (no year). */
export const DATE_SCAN =
  /(\d{1,2})(?:\s?([/.-])\s?(\d{1,2})(?:\s?([/.-])\s?(\d{4}))?|\s(?:tháng)\s(\d{1,2})\s?,?\s?(?:năm\s|[/-]\s?)(\d{4}))(?!\d)/giu;

/** A full date at a position, with an optional leading `ngày` (used to attach dates to citations). */
export const FULL_DATE_AT =
  /(?:ngày\s?:?\s?)?(\d{1,2})(?:\s?([/.-])\s?(\d{1,2})\s?([/.-])\s?(\d{4})|\s(?:tháng)\s(\d{1,2})\s?,?\s?(?:năm\s|[/-]\s?)(\d{4}))(?!\d)/iuy;

/** Words after a `d/m` pair that make it a ratio or a count, not a date (`4/4 đồng chí`). */
export const COUNT_NOUN_AFTER =
  /\s(?:đồng chí|người|đảng viên|học sinh|sinh viên|hộ|xã|thôn|làng|bản|đơn vị|cơ quan|trường|lớp|điểm|tiêu chí|chỉ tiêu|cán bộ|thành viên|huyện|tỉnh|phường|tổ|chi bộ|đảng bộ|ca|trường hợp|lượt|bài|tin|buổi|đợt|phòng|ban|ngành|công chức|viên chức|giáo viên|em|cháu|xe|hồ sơ|văn bản|câu|môn|gia đình|doanh nghiệp|dự án|công trình|km|ha|lần|ngày|tháng|năm|giờ|phút|số|nhóm|đội|thí sinh|đại biểu|nội dung|mục|phần|kỳ|khóa|khoá|hợp tác xã|thửa|tấn|con|nhiệm vụ|đoàn thể|mô hình|cuộc|mục tiêu|khu dân cư|giải pháp|hội viên|đoàn viên|chương trình|kế hoạch|hạng mục|phiên|hoạt động|phần việc|sản phẩm|cơ sở|chi hội|chi đoàn|xóm|buôn|ấp|tổ dân phố|ý kiến|kiến nghị|vụ|việc|lĩnh vực|địa phương|trạm|đề án)(?![\p{L}])/uy;

/** Words before a `d/m` pair that make it a ratio or a count. */
export const COUNT_CUE_BEFORE =
  /(?:tỷ lệ|tỉ lệ|đạt|được|có|là|số|gồm|trên|dưới|trang|tr\.|lớp|bằng|còn|chiếm|khoảng|gần|hơn|hoàn thành|với|của|trong số|tổng số|xây dựng|triển khai)\s$/iu;

/** Words that introduce a day-month with a dash (`sáng 10-2`, `từ 10-02 đến …`). */
export const DAY_CUE_BEFORE = /(?:ngày|sáng|chiều|tối|trưa|đêm|từ|đến|trước|sau|hôm)\s$/iu;

/** A range connector followed by a full date: `đến 16-02-2020`, `- 03/2/2023`. */
export const RANGE_TAIL =
  /\s?(?:-|đến|tới)\s?(?:ngày\s?)?(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?([/.-])\s?(\d{4})(?!\d)/iuy;

/**
 * The first day of a range written without the month and year its end date carries, right before
 * that end date: `từ 10-12/3/2021`, `từ ngày 10 đến ngày 12 tháng 3 năm 2021`, `(10 - 12/3/2021)`,
 * `ngày 10 và 11/3/2021`, `ngày 14, 15/10/2022`, or with its month only: `từ ngày 10 tháng 3 đến ngày
 * 12 tháng 3 năm 2021`. Read on the few characters before the end date; a cue (`từ`, `ngày`, `(`)
 * opens it. Groups: 1 the start expression, 2 its day, 3 its month.
 */
export const DAY_RANGE_BEFORE =
  /(?:^|[^\p{L}\d/.,-])(?:(?:từ|ngày)\s?(?:ngày\s?)?|\(\s?)((\d{1,2})(?:\stháng\s(\d{1,2}))?)\s?(?:-|đến|tới|và|,)\s?(?:ngày\s?)?$/iu;

/** What stands between a day-month and the full date that ends its range: `đến ngày`, `-`. */
export const RANGE_GAP = /^\s?(?:-|đến|tới)\s?(?:ngày\s?)?$/iu;
