/**
 * Deterministic adversarial text for robustness tests and benchmarks: long digit runs, slashes and
 * dashes, repeated `số`, unclosed quotes, `về` without an end, type words with and without numbers,
 * half symbols. Pure (a small linear congruential generator, no Math.random).
 */
const PIECES = [
  '1234567890123456789012345678901234567890',
  '////////',
  '--------',
  'số số số số ',
  '“ ',
  '" ',
  'về về về ',
  'Kế hoạch số ',
  'Nghị quyết ',
  '35-NQ/',
  '/KH-',
  '3006/KH-UBND ',
  '1-1-1-1-1-1 ',
  '1/1/1/1/1/1 ',
  'ngày 31/12/2099 ',
  'của Ban Thường vụ Tỉnh ủy ',
  'Căn cứ ',
  'thực hiện ',
  '¹²³ ',
  '\n\n',
  'Ð T.Ư TƯ –— ',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  'KHKHKHKHKHKHKHKHKHKHKHKHKHKHKH',
  ' ',
];

export function adversarialText(length: number, seed = 42): string {
  const parts: string[] = [];
  let size = 0;
  let x = seed >>> 0;
  while (size < length) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const piece = PIECES[x % PIECES.length] ?? ' ';
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, length);
}
