import { describe, expect, it } from 'vitest';
import { findLocalities, findLocalityMentions } from './localities.ts';
import { findUnits } from './units.ts';
import { findUnnumberedRefs } from './unnumbered-refs.ts';

describe('findLocalities', () => {
  it('reads levelled places, the fullest form once, and names inside Party committees', () => {
    const text =
      'Tại thôn Đắk Lộc, xã Đắk Ngọc, huyện Đắk Hà, tỉnh Kon Tum; Huyện ủy Đắk Hà và UBND huyện Ia H’Drai, Huyện ủy\n\nNgọc Hồi.';
    expect(findLocalities(text)).toEqual([
      'xã Đắk Ngọc',
      'huyện Đắk Hà',
      'tỉnh Kon Tum',
      'huyện Ia H’Drai',
      'Ngọc Hồi',
    ]);
  });

  it('does not read organs, generic plurals or `xã hội` as places', () => {
    expect(
      findLocalities('các xã, thị trấn; xã hội chủ nghĩa; Huyện ủy Tăng cường công tác; cấp huyện'),
    ).toEqual([]);
  });

  it('keeps different levels of the same name apart', () => {
    expect(findLocalities('thành phố Kon Tum thuộc tỉnh Kon Tum')).toEqual([
      'thành phố Kon Tum',
      'tỉnh Kon Tum',
    ]);
  });
});

describe('findUnits', () => {
  it('lists each body once in its fullest written form, in order of first appearance', () => {
    const text = `Thực hiện Kế hoạch của UBND tỉnh và Ban Thường vụ Tỉnh ủy; Ủy ban nhân dân tỉnh Kon Tum chỉ đạo Sở Thông tin và Truyền thông về việc tuyên truyền.
Phòng Văn hóa – Thông tin và Phòng Giáo dục và Đào tạo, Trung tâm Văn hóa, Thể thao, Du lịch và Truyền thông huyện phối hợp với Công an huyện; Ban Bí thư và Ban Bí thư Trung ương Đảng.
Phòng Văn hóa và Thông tin theo dõi. Huyện ủy Đắk Hà, tỉnh Kon Tum.`;
    expect(findUnits(text)).toEqual([
      'Ủy ban nhân dân tỉnh Kon Tum',
      'Ban Thường vụ Tỉnh ủy',
      'Sở Thông tin và Truyền thông',
      'Phòng Văn hóa và Thông tin',
      'Phòng Giáo dục và Đào tạo',
      'Trung tâm Văn hóa, Thể thao, Du lịch và Truyền thông huyện',
      'Công an huyện',
      'Ban Bí thư Trung ương Đảng',
      'Huyện ủy Đắk Hà',
    ]);
  });

  it('leaves out websites, positions, abbreviation-only recipients and the Party as a whole', () => {
    const text = `Trang Thông tin điện tử huyện; Phó Bí thư Thường trực Huyện ủy; - TT Huyện ủy (b/c); CT, các PCT UBND huyện;
Đảng Cộng sản Việt Nam; sự lãnh đạo của Đảng, Nhà nước; các sở, ban, ngành; Hội đồng nhân dân các cấp.`;
    expect(findUnits(text)).toEqual([]);
  });

  it('keeps collective bodies and lower-case names closed by a level', () => {
    const text =
      'Giao Ủy ban nhân dân các xã, thị trấn và Ban chỉ đạo phòng chống tham nhũng, tiêu cực tỉnh; Trung tâm chính trị huyện; Báo Kon Tum.';
    expect(findUnits(text)).toEqual([
      'Ủy ban nhân dân các xã, thị trấn',
      'Ban chỉ đạo phòng chống tham nhũng, tiêu cực tỉnh',
      'Trung tâm chính trị huyện',
      'Báo Kon Tum',
    ]);
  });
});

describe('findUnits: bodies of different places', () => {
  it('keeps bodies that differ only in their place apart, and joins an unnamed mention to a named one', () => {
    const text =
      "UBND huyện Ngọc Hồi phối hợp với Ủy ban nhân dân huyện Ia H'Drai và UBND huyện thực hiện. " +
      "Huyện ủy Ngọc Hồi; Huyện ủy Ia H'Drai.";
    expect(findUnits(text)).toEqual([
      'UBND huyện Ngọc Hồi',
      "Ủy ban nhân dân huyện Ia H'Drai",
      'Huyện ủy Ngọc Hồi',
      "Huyện ủy Ia H'Drai",
    ]);
  });

  it('reads one place in two apostrophe styles and spellings as one body', () => {
    const text = "Ủy ban nhân dân huyện Ia H'Drai; UBND huyện Ia H’Drai; UBND huyện.";
    expect(findUnits(text)).toEqual(["Ủy ban nhân dân huyện Ia H'Drai"]);
  });
});

describe('findUnits on the usual district and provincial bodies', () => {
  it('names departments, mass organisations and Party organs without swallowing the verb after them', () => {
    const text = `Giao Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện phối hợp.
Phòng Tài chính - Kế hoạch, Phòng Lao động - Thương binh và Xã hội, Phòng Kinh tế - Hạ tầng chủ trì.
Phòng Nông nghiệp và Phát triển nông thôn, Thanh tra huyện, Văn phòng HĐND và UBND huyện, Ban Chỉ huy Quân sự huyện thực hiện.
Ủy ban Kiểm tra Huyện ủy, Ban Tổ chức Huyện ủy; Đảng ủy các xã, thị trấn; Đảng ủy Quân sự huyện; Ngân hàng Chính sách xã hội huyện; Sở Kế hoạch và Đầu tư tỉnh Kon Tum.`;
    expect(findUnits(text)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
      'Huyện đoàn',
      'Hội Liên hiệp Phụ nữ huyện',
      'Hội Nông dân huyện',
      'Phòng Tài chính - Kế hoạch',
      'Phòng Lao động - Thương binh và Xã hội',
      'Phòng Kinh tế - Hạ tầng',
      'Phòng Nông nghiệp và Phát triển nông thôn',
      'Thanh tra huyện',
      'Văn phòng HĐND và UBND huyện',
      'Ban Chỉ huy Quân sự huyện',
      'Ủy ban Kiểm tra Huyện ủy',
      'Ban Tổ chức Huyện ủy',
      'Đảng ủy các xã, thị trấn',
      'Đảng ủy Quân sự huyện',
      'Ngân hàng Chính sách xã hội huyện',
      'Sở Kế hoạch và Đầu tư tỉnh Kon Tum',
    ]);
  });
});

describe('findUnnumberedRefs', () => {
  it('finds named documents without a number, merging spelling variants', () => {
    const text = `Chấp hành điều lệ Đảng và Luật An ninh mạng; Nghị quyết Đại hội XVI Đảng bộ tỉnh, Nghị quyết Đại hội XVI của Đảng bộ tỉnh;
Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 – 2025 và Nghị quyết đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025; cương lĩnh chính trị.
Triển khai Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023 và Luật số 24/2018/QH14.`;
    expect(findUnnumberedRefs(text)).toEqual([
      'Điều lệ Đảng',
      'Luật An ninh mạng',
      'Nghị quyết Đại hội XVI Đảng bộ tỉnh',
      'Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 – 2025',
      'Cương lĩnh chính trị',
      'Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023',
    ]);
  });

  it('ignores generic rules and numbered documents', () => {
    expect(
      findUnnumberedRefs(
        'thực hiện quy chế phát ngôn, quy định về bảo vệ bí mật; Chương trình phối hợp đã ký kết; Chương trình hành động số 12-CTr/TU.',
      ),
    ).toEqual([]);
  });

  it('does not shorten a numbered law until its `số` is out of sight', () => {
    expect(
      findUnnumberedRefs(
        'Luật Giao dịch điện tử số 20/2023/QH15 năm 2023; Bộ luật Hình sự; Luật An ninh mạng năm 2018.',
      ),
    ).toEqual(['Bộ luật Hình sự', 'Luật An ninh mạng năm 2018']);
  });
});

describe('levelled names wrapped across a soft line break (PDF text)', () => {
  // a soft wrap comes at the right margin, after a full line
  const FULL = 'Căn cứ Quyết định số 1115/QĐ-UBND ngày 15/8/2019 của Ủy ban nhân dân tỉnh';

  it('reads a place and its unit across a soft wrap, as one line', () => {
    const text = `   ${FULL} Lai\nChâu về việc thành lập Ban Chỉ đạo 35 tỉnh;`;
    expect(findLocalities(text)).toEqual(['tỉnh Lai Châu']);
    expect(findUnits(text)).toContain('Ủy ban nhân dân tỉnh Lai Châu');
    expect(findLocalities(`${FULL} và UBND huyện Ia \r\n H’Drai`)).toEqual(['huyện Ia H’Drai']);
  });

  it('keeps the offsets of the text and the line-end flag after the wrapped name', () => {
    const text = `${FULL} Lai\nChâu\nvề việc; huyện Tam Đường.`;
    const mentions = findLocalityMentions(text);
    expect(mentions.map((m) => [m.surface, m.index, m.atLineEnd])).toEqual([
      ['tỉnh Lai Châu', text.indexOf('tỉnh Lai'), true],
      ['huyện Tam Đường', text.indexOf('huyện'), false],
    ]);
  });

  it('does not join a paragraph break: a blank line, an indented next line, or a short line', () => {
    expect(findLocalities(`${FULL} Kon Tum\n\nCăn cứ Luật`)).toEqual(['tỉnh Kon Tum']);
    expect(findLocalities(`${FULL} Kon Tum\n   Căn cứ Luật`)).toEqual(['tỉnh Kon Tum']);
    expect(findLocalities('của UBND tỉnh Kon Tum\nCăn cứ Kế hoạch số 12/KH-UBND')).toEqual([
      'tỉnh Kon Tum',
    ]);
    // the scan goes on after the name it kept: a level word on the next line is read
    expect(findLocalities('của UBND huyện Đắk Hà\nTỉnh Kon Tum chỉ đạo')).toEqual([
      'huyện Đắk Hà',
      'Tỉnh Kon Tum',
    ]);
  });
});

describe('places in upper-case header lines (vn-docs-spec §8.2)', () => {
  it('reads a district written only in the header, title-cased, with its level', () => {
    const text = `ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN IA H'DRAI                        Độc lập - Tự do - Hạnh phúc
Số: 1724/UBND-TH              Ia H'Drai, ngày 14 tháng 10 năm 2023
Kế hoạch của Huyện ủy Ia H'Drai và UBND tỉnh Kon Tum.`;
    expect(findLocalities(text)).toEqual(["huyện Ia H'Drai", 'tỉnh Kon Tum']);
    expect(findLocalities('ỦY BAN NHÂN DÂN TỈNH KON TUM\nSỞ NỘI VỤ')).toEqual(['tỉnh Kon Tum']);
    expect(findLocalities('ĐẢNG BỘ TỈNH BÀ RỊA-VŨNG TÀU')).toEqual(['tỉnh Bà Rịa-Vũng Tàu']);
  });

  it('does not read capitals sentences, `XÃ HỘI` or a committee as a place', () => {
    expect(findLocalities('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ỦY ĐĂK HÀ\n')).toEqual([]);
    expect(
      findLocalities(
        'KẾ HOẠCH TUYÊN TRUYỀN TRÊN ĐỊA BÀN TỈNH KON TUM NĂM 2024\nCÁC XÃ ĐÃ TRIỂN KHAI',
      ),
    ).toEqual([]);
  });
});

describe('findUnits: verbs, long collectives and the bodies positions head', () => {
  it('stops a specialisation at a verb after the name (`Bộ Tài chính quy định về …`)', () => {
    const text =
      'Thực hiện Thông tư số 51/2023/TT-BTC ngày 17/7/2023 của Bộ Tài chính quy định về xây dựng dự toán; Sở Nội vụ thông báo; Sở Y tế yêu cầu.';
    expect(findUnits(text)).toEqual(['Bộ Tài chính', 'Sở Nội vụ', 'Sở Y tế']);
  });

  it('keeps a collective of three or four levels whole', () => {
    const text =
      'Kính gửi:\n- UBND các huyện, thị xã, thành phố.\nĐảng ủy các xã, phường và thị trấn; UBND các xã và Phòng Nội vụ.';
    expect(findUnits(text)).toEqual([
      'UBND các huyện, thị xã, thành phố',
      'Đảng ủy các xã, phường và thị trấn',
      'UBND các xã',
      'Phòng Nội vụ',
    ]);
  });

  it('lists the body a head of office names in full, not the position', () => {
    const text =
      'Theo đề nghị của Trưởng Công an huyện tại Tờ trình số 112/TTr-CAH. Chánh Văn phòng HĐND và UBND huyện, Giám đốc Sở Tài chính, Phó Chủ tịch UBND tỉnh chịu trách nhiệm thi hành.';
    expect(findUnits(text)).toEqual([
      'Công an huyện',
      'Văn phòng HĐND và UBND huyện',
      'Sở Tài chính',
      'UBND tỉnh',
    ]);
  });

  it('does not read a committee member, a Party title or a law name as a body', () => {
    const text =
      'Các đồng chí Huyện ủy viên; Phó Bí thư Thường trực Huyện ủy; Thủ tướng Chính phủ; Luật Tổ chức Chính phủ và Luật Tổ chức Quốc hội.';
    expect(findUnits(text)).toEqual([]);
  });
});

describe('findUnits and findLocalities: mass organisations, councils, Party committees of a commune', () => {
  it('reads the Youth Union of a place and its organs, and mass organisations of a district', () => {
    const text = `Tỉnh Gia Lai: Kế hoạch của Ban Thường vụ Tỉnh đoàn Gia Lai; Ban Chấp hành Huyện đoàn, Ban Thường vụ Huyện đoàn Chư Sê xây dựng kế hoạch; Công an huyện Chư Sê;
phối hợp với Hội Liên hiệp Thanh niên Việt Nam huyện, Hội đồng Đội huyện; báo cáo về Ban Thường vụ Tỉnh đoàn.`;
    expect(findUnits(text)).toEqual([
      'Ban Thường vụ Tỉnh đoàn Gia Lai',
      'Ban Chấp hành Huyện đoàn',
      'Ban Thường vụ Huyện đoàn Chư Sê',
      'Công an huyện Chư Sê',
      'Hội Liên hiệp Thanh niên Việt Nam huyện',
      'Hội đồng Đội huyện',
    ]);
  });

  it('reads a commune Party committee with its place, councils and the State Treasury of a place', () => {
    const text = `Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Đăk Long; Đảng ủy xã báo cáo. Biên bản họp Hội đồng Thi đua - Khen thưởng huyện.
Phòng Nội vụ kính trình Ủy ban nhân dân huyện. UBND xã phối hợp với Kho bạc Nhà nước Kon Tum.`;
    expect(findUnits(text)).toEqual([
      'Ban Thường vụ Huyện ủy',
      'Đảng ủy xã Đăk Long',
      'Hội đồng Thi đua - Khen thưởng huyện',
      'Phòng Nội vụ',
      'Ủy ban nhân dân huyện',
      'UBND xã',
      'Kho bạc Nhà nước Kon Tum',
    ]);
  });

  it('does not read `HUYỆN ĐOÀN X` in a header as a district named `Đoàn X`', () => {
    expect(findLocalities('BCH ĐOÀN TỈNH GIA LAI\nBCH HUYỆN ĐOÀN CHƯ SÊ\n')).toEqual([
      'tỉnh Gia Lai',
    ]);
  });
});

describe('schools, project boards and law names with a comma', () => {
  it('reads a school with its kind and name, and a construction project board with its level', () => {
    const text =
      'Tặng Giấy khen cho Trường Trung học cơ sở Nguyễn Huệ; Trường PTDTBT THCS Ngọc Linh; phối hợp với Ban Quản lý dự án đầu tư xây dựng thành phố.';
    expect(findUnits(text)).toEqual([
      'Trường Trung học cơ sở Nguyễn Huệ',
      'Trường PTDTBT THCS Ngọc Linh',
      'Ban Quản lý dự án đầu tư xây dựng thành phố',
    ]);
  });

  it('keeps the comma of `Luật Thi đua, khen thưởng` and `Luật Phòng, chống …`, not between two laws', () => {
    expect(
      findUnnumberedRefs(
        'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Luật Phòng, chống tham nhũng năm 2018; Luật Đất đai, Luật Xây dựng.',
      ),
    ).toEqual([
      'Luật Thi đua, khen thưởng',
      'Luật Phòng, chống tham nhũng năm 2018',
      'Luật Đất đai',
      'Luật Xây dựng',
    ]);
  });
});

describe('Front and council organs, and a place name followed by other capitalised words', () => {
  it('reads the standing boards of Front committees and the committees of a People’s Council', () => {
    const text = `Hướng dẫn của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum;
Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh và Ban Kinh tế - Ngân sách HĐND tỉnh.`;
    expect(findUnits(text)).toEqual([
      'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam',
      'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum',
      'Ban Pháp chế Hội đồng nhân dân tỉnh',
      'Ban Kinh tế - Ngân sách HĐND tỉnh',
    ]);
  });

  it('keeps the known place at the start of a longer capitalised run (`tỉnh Đắk Nông Khóa IV`)', () => {
    const text =
      'HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐẮK NÔNG\nNghị quyết này đã được Hội đồng nhân dân tỉnh Đắk Nông Khóa IV, Kỳ họp thứ 10 thông qua; Hội đồng nhân dân tỉnh giám sát.';
    expect(findUnits(text)).toEqual(['Hội đồng nhân dân tỉnh Đắk Nông']);
  });
});

describe('mass organisations of a province and their central and standing bodies', () => {
  it('reads the central committee and the standing board of a mass organisation, a fund and a provincial broadcaster', () => {
    const text = `Tỉnh Bình Định. Nghị quyết của Ban Chấp hành Trung ương Hội Nông dân Việt Nam; Ban Thường vụ Hội Nông dân tỉnh xây dựng kế hoạch;
phối hợp với Quỹ Hỗ trợ nông dân tỉnh, Đài Phát thanh và Truyền hình Bình Định, Ban Chấp hành Liên đoàn Lao động huyện.`;
    expect(findUnits(text)).toEqual([
      'Ban Chấp hành Trung ương Hội Nông dân Việt Nam',
      'Ban Thường vụ Hội Nông dân tỉnh',
      'Quỹ Hỗ trợ nông dân tỉnh',
      'Đài Phát thanh và Truyền hình Bình Định',
      'Ban Chấp hành Liên đoàn Lao động huyện',
    ]);
  });
});

describe('schools named by a level, or specialised (`chuyên`)', () => {
  it('reads `Trường Phổ thông Dân tộc nội trú tỉnh` and `Trường THPT chuyên Nguyễn Tất Thành` whole', () => {
    const text =
      'Giao chỉ tiêu cho Trường THPT chuyên Nguyễn Tất Thành, Trường Phổ thông Dân tộc nội trú tỉnh và Trường Mầm non xã Đăk Pek.';
    expect(findUnits(text)).toEqual([
      'Trường THPT chuyên Nguyễn Tất Thành',
      'Trường Phổ thông Dân tộc nội trú tỉnh',
      'Trường Mầm non xã Đăk Pek',
    ]);
  });
});

describe('findUnits: regional offices, land registration branches and abbreviated names', () => {
  it('keeps the places a regional office serves', () => {
    const text =
      "Đề nghị Ủy ban nhân dân huyện chỉ đạo Phòng Kinh tế và Hạ tầng, Chi cục Thống kê khu vực Sa Thầy - Ia H'Drai hỗ trợ số liệu.";
    expect(findUnits(text)).toContain("Chi cục Thống kê khu vực Sa Thầy - Ia H'Drai");
    expect(findUnits(text)).not.toContain('Chi cục Thống kê khu vực');
  });

  it('reads the branch of the land registration office', () => {
    const text =
      'Giao Ủy ban nhân dân huyện chỉ đạo Phòng Tài nguyên và Môi trường huyện, Chi nhánh Văn phòng Đăng ký đất đai huyện hỗ trợ xã.';
    expect(findUnits(text)).toEqual([
      'Ủy ban nhân dân huyện',
      'Phòng Tài nguyên và Môi trường huyện',
      'Chi nhánh Văn phòng Đăng ký đất đai huyện',
    ]);
  });

  it('leaves out a list headed by an abbreviation and a name cut before an abbreviation', () => {
    const text = `Nơi nhận:
- TT Đảng ủy, HĐND xã;
- Bộ Tư pháp (Cục Kiểm tra VBQPPL);
- Ủy ban nhân dân xã Ia Chim.`;
    expect(findUnits(text)).toEqual(['Bộ Tư pháp', 'Ủy ban nhân dân xã Ia Chim']);
  });
});
