import { describe, expect, it } from 'vitest';
import { orgCase } from './casing.ts';

describe('orgCase (upper-case header lines to normal capitalisation)', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI', 'Ủy ban nhân dân huyện Ngọc Hồi'],
    ['UBND TỈNH KON TUM', 'Ủy ban nhân dân tỉnh Kon Tum'],
    ['HUYỆN ỦY TAM ĐƯỜNG', 'Huyện ủy Tam Đường'],
    ["HUYỆN IA H'DRAI", "huyện Ia H'Drai"],
    ['BAN TUYÊN GIÁO TỈNH ỦY KON TUM', 'Ban Tuyên giáo Tỉnh ủy Kon Tum'],
    ['ĐẢNG ỦY XÃ ĐĂK BLÀ', 'Đảng ủy xã Đăk Blà'],
    ['CHI BỘ THÔN 1', 'Chi bộ thôn 1'],
    ['SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
    [
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN NGỌC HỒI',
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ngọc Hồi',
    ],
    ['VĂN PHÒNG UBND TỈNH', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['BAN CHỈ ĐẠO 35', 'Ban Chỉ đạo 35'],
    ['BCH HUYỆN ĐOÀN CHƯ SÊ', 'Ban Chấp hành Huyện đoàn Chư Sê'],
    ['TỈNH ĐOÀN GIA LAI', 'Tỉnh đoàn Gia Lai'],
    ['ỦY BAN MTTQ VIỆT NAM HUYỆN SA THẦY', 'Ủy ban MTTQ Việt Nam huyện Sa Thầy'],
    // the quantifier `các` inside a name is lower case
    ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'Đảng ủy Khối các cơ quan tỉnh'],
    ['ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH', 'Đảng ủy Khối Doanh nghiệp tỉnh'],
    // a school's proper name after its level abbreviations keeps its capitals
    ['TRƯỜNG THPT NGÔ MÂY', 'Trường THPT Ngô Mây'],
    ['TRƯỜNG PTDTBT THCS ĐĂK NHOONG', 'Trường PTDTBT THCS Đăk Nhoong'],
    ['TRƯỜNG THPT CHUYÊN NGUYỄN TẤT THÀNH', 'Trường THPT chuyên Nguyễn Tất Thành'],
    ['TRƯỜNG THCS XÃ ĐĂK MAR', 'Trường THCS xã Đăk Mar'],
    // a province named without `tỉnh` after the body's words keeps its capitals (ordinary words do not)
    ['SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM', 'Sở Giáo dục và Đào tạo Kon Tum'],
    ['BẢO HIỂM XÃ HỘI GIA LAI', 'Bảo hiểm xã hội Gia Lai'],
    ['SỞ Y TẾ BÀ RỊA - VŨNG TÀU', 'Sở Y tế Bà Rịa - Vũng Tàu'],
    ['CÔNG AN HUYỆN SA THẦY', 'Công an huyện Sa Thầy'],
    // a school's level written out keeps its usual casing, the proper name after it is title-cased
    ['TRƯỜNG TIỂU HỌC KIM ĐỒNG', 'Trường Tiểu học Kim Đồng'],
    ['TRƯỜNG MẦM NON HOA SEN', 'Trường Mầm non Hoa Sen'],
    ['TRƯỜNG TRUNG HỌC CƠ SỞ LÊ LỢI', 'Trường Trung học cơ sở Lê Lợi'],
    [
      'TRƯỜNG TRUNG HỌC PHỔ THÔNG CHUYÊN NGUYỄN TẤT THÀNH',
      'Trường Trung học phổ thông chuyên Nguyễn Tất Thành',
    ],
    [
      'TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TỈNH KON TUM',
      'Trường Phổ thông Dân tộc nội trú tỉnh Kon Tum',
    ],
    ['TRƯỜNG TIỂU HỌC SỐ 1 XÃ ĐĂK MAR', 'Trường Tiểu học số 1 xã Đăk Mar'],
    // colleges and universities: the level in its usual casing, the proper name title-cased
    ['TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG KON TUM', 'Trường Cao đẳng Cộng đồng Kon Tum'],
    ['TRƯỜNG ĐẠI HỌC TÂY NGUYÊN', 'Trường Đại học Tây Nguyên'],
    ['TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI', 'Trường Đại học Sư phạm Hà Nội'],
    ['TRƯỜNG CAO ĐẲNG KINH TẾ - KỸ THUẬT KON TUM', 'Trường Cao đẳng Kinh tế - Kỹ thuật Kon Tum'],
    // a one-word body noun inside a body's words is an ordinary word (`môi trường`, `quốc phòng`)
    ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Sở Tài nguyên và Môi trường'],
    ['CHI CỤC BẢO VỆ MÔI TRƯỜNG', 'Chi cục Bảo vệ môi trường'],
    ['BỘ QUỐC PHÒNG', 'Bộ Quốc phòng'],
  ])('%s → %s', (upper, normal) => {
    expect(orgCase(upper)).toBe(normal);
  });
});
