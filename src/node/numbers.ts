// Finds the quantities (amounts, percentages, capacities, years, months, counts) in a Korean
// paragraph and in its English translation, so the build can prove none was lost or changed.

export type Unit = 'usd' | 'krw' | 'gw' | 'percent' | 'month' | 'count';

export interface Quantity {
  value: number;
  unit: Unit;
  /** The words the quantity was read from, for error messages. */
  text: string;
}

const KO_SCALE: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4, 천: 1e3, 백: 1e2 };
// 천만 (10 million) and 천억 (100 billion) multiply: a scale word may be 천 or 백 before 조/억/만.
const KO_SCALE_WORD = '(?:[천백]?[조억만]|천)';
const EN_SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 };
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const num = (digits: string) => Number(digits.replace(/,/g, ''));
// Floating-point sums such as 55조 + 3,000억 must compare equal to 55.3 trillion.
const round = (value: number) => Number(value.toPrecision(12));

/**
 * Korean: a run of number groups with optional 조/억/만/천 ("1조3800억", "55조 3,000억"),
 * then an optional unit (달러, 원, 기가와트, %, 월). Everything else with digits is a count
 * (years such as 2019년, "6년간", "10K", "365").
 */
const KO_QUANTITY = new RegExp(
  String.raw`((?:\d[\d,]*(?:\.\d+)?\s*${KO_SCALE_WORD}\s*)*\d[\d,]*(?:\.\d+)?(?:\s*${KO_SCALE_WORD})?)\s*(달러|원|기가와트|GW|%|퍼센트|월)?`,
  'g',
);
const KO_GROUP = new RegExp(String.raw`(\d[\d,]*(?:\.\d+)?)\s*(${KO_SCALE_WORD})?`, 'g');

export function koreanQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(KO_QUANTITY)) {
    const [whole, amount, unitWord] = match as unknown as [string, string, string | undefined];
    let value = 0;
    for (const group of amount.matchAll(KO_GROUP)) {
      value += num(group[1]!) * [...(group[2] ?? '')].reduce((scale, word) => scale * KO_SCALE[word]!, 1);
    }
    const unit: Unit =
      unitWord === '달러'
        ? 'usd'
        : unitWord === '원'
          ? 'krw'
          : unitWord === '기가와트' || unitWord === 'GW'
            ? 'gw'
            : unitWord === '%' || unitWord === '퍼센트'
              ? 'percent'
              : unitWord === '월'
                ? 'month'
                : 'count';
    found.push({ value: round(value), unit, text: whole.trim() });
  }
  return found;
}

const EN_QUANTITY = new RegExp(
  [
    // $1 billion, $30 billion, $1.5 million
    String.raw`\$\s?(?<usd>\d[\d,]*(?:\.\d+)?)(?:\s+(?<usdScale>trillion|billion|million|thousand))?`,
    // 1.38 trillion won, KRW 55.3 trillion
    String.raw`(?<krw>\d[\d,]*(?:\.\d+)?)(?:\s+(?<krwScale>trillion|billion|million|thousand))?\s+won\b`,
    String.raw`KRW\s?(?<krw2>\d[\d,]*(?:\.\d+)?)(?:\s+(?<krw2Scale>trillion|billion|million|thousand))?`,
    // 4.5 GW, 4.5 gigawatts
    String.raw`(?<gw>\d[\d,]*(?:\.\d+)?)[\s-]?(?:GW|gigawatts?)\b`,
    // 20%, 20 percent
    String.raw`(?<pct>\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)`,
    // Month names are capitalised; "may" the verb is not a month.
    String.raw`\b(?<month>${EN_MONTHS.join('|')})\b`,
    String.raw`\b(?<word>${Object.keys(EN_WORD_NUMBERS).join('|')})\b`,
    String.raw`(?<count>\d[\d,]*(?:\.\d+)?)`,
  ].join('|'),
  'gi',
);

export function englishQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(EN_QUANTITY)) {
    const g = match.groups!;
    const scaled = (digits: string, scale?: string) =>
      round(num(digits) * (scale ? EN_SCALE[scale.toLowerCase()]! : 1));
    let quantity: Omit<Quantity, 'text'> | undefined;
    if (g.usd) quantity = { value: scaled(g.usd, g.usdScale), unit: 'usd' };
    else if (g.krw) quantity = { value: scaled(g.krw, g.krwScale), unit: 'krw' };
    else if (g.krw2) quantity = { value: scaled(g.krw2, g.krw2Scale), unit: 'krw' };
    else if (g.gw) quantity = { value: num(g.gw), unit: 'gw' };
    else if (g.pct) quantity = { value: num(g.pct), unit: 'percent' };
    else if (g.month) {
      const index = EN_MONTHS.indexOf(g.month);
      if (index >= 0) quantity = { value: index + 1, unit: 'month' };
    } else if (g.word) quantity = { value: EN_WORD_NUMBERS[g.word.toLowerCase()]!, unit: 'count' };
    else if (g.count) quantity = { value: num(g.count), unit: 'count' };
    if (quantity) found.push({ ...quantity, text: match[0] });
  }
  return found;
}

/**
 * The Korean quantities with no counterpart in the translation. Each English quantity answers
 * for one Korean quantity only, so "10억 달러 … 10억 달러" needs "$1 billion" twice.
 */
export function missingCounterparts(
  korean: string,
  translation: string,
  readTranslation: (text: string) => Quantity[] = englishQuantities,
): Quantity[] {
  return unmatched(koreanQuantities(korean), readTranslation(translation));
}

/** How to read quantities in each translation language; a new language adds its reader here. */
export const quantityReaders: Partial<Record<string, (text: string) => Quantity[]>> = {
  en: englishQuantities,
};

/** The quantities of `wanted` with no counterpart in `pool`, each counterpart used once. */
export function unmatched(wanted: Quantity[], pool: Quantity[]): Quantity[] {
  const left = [...pool];
  const missing: Quantity[] = [];
  for (const q of wanted) {
    const at = left.findIndex((p) => p.unit === q.unit && p.value === q.value);
    if (at === -1) missing.push(q);
    else left.splice(at, 1);
  }
  return missing;
}

/**
 * The translation's quantities with no counterpart in the Korean: a figure the source does not
 * give (added, or changed so that it no longer matches).
 */
export function extraQuantities(
  korean: string,
  translation: string,
  readTranslation: (text: string) => Quantity[] = englishQuantities,
): Quantity[] {
  // Counts spelled as words ("the two companies", "first") are how English renders 양사 and 처음;
  // figures in digits, amounts and months are what must come from the source.
  const figures = readTranslation(translation).filter((q) => q.unit !== 'count' || /\d/.test(q.text));
  return unmatched(figures, koreanQuantities(korean));
}

// Round magnitudes without a figure: 수십만 is "hundreds of thousands" (tens of 만), 수십억
// "billions" (tens of 억). Each is read as its lower bound, so the two languages compare as numbers.
const KO_ROUGH_DIGIT: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
// 수 must start a word: 인수, 수익 and 수준 are not magnitudes.
const KO_MAGNITUDE = /(?<![가-힣])수(?:([십백천])([조억만])?|([조억만]))\s*(달러|원)?/g;
const EN_ROUGH: Record<string, number> = {
  dozens: 10,
  decades: 10,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};
const EN_MAGNITUDE =
  /\b(?:(tens|hundreds)\s+of\s+)?(dozens|decades|hundreds|thousands|millions|billions|trillions)\b(?:\s+of\s+(dollars|won)\b)?/gi;

const magnitudeUnit = (word: string | undefined): Unit =>
  word === '달러' || word?.toLowerCase() === 'dollars'
    ? 'usd'
    : word === '원' || word?.toLowerCase() === 'won'
      ? 'krw'
      : 'count';

/** Round magnitudes in Korean: 수십만 개, 수십억 달러, 수백 명. */
export function koreanMagnitudes(text: string): Quantity[] {
  return [...text.matchAll(KO_MAGNITUDE)].map((m) => {
    const [whole, rough, scale, bareScale, unitWord] = m as unknown as [string, string?, string?, string?, string?];
    const value = (rough ? KO_ROUGH_DIGIT[rough]! : 1) * (scale || bareScale ? KO_SCALE[(scale ?? bareScale)!]! : 1);
    return { value, unit: magnitudeUnit(unitWord), text: whole.trim() };
  });
}

/** Round magnitudes in English: "hundreds of thousands", "billions of dollars", "dozens". */
export function englishMagnitudes(text: string): Quantity[] {
  return [...text.matchAll(EN_MAGNITUDE)].map((m) => {
    const [whole, multiplier, word, unitWord] = m as unknown as [
      string,
      string | undefined,
      string,
      string | undefined,
    ];
    const value = round((multiplier ? EN_ROUGH[multiplier.toLowerCase()]! : 1) * EN_ROUGH[word.toLowerCase()]!);
    return { value, unit: magnitudeUnit(unitWord), text: whole };
  });
}

/** A round magnitude in English words, for messages: 100,000 is "hundreds of thousands". */
export function magnitudeInWords(value: number): string {
  const scales: [number, string][] = [
    [1e12, 'trillions'],
    [1e9, 'billions'],
    [1e6, 'millions'],
    [1e3, 'thousands'],
  ];
  for (const [scale, word] of scales) {
    if (value >= scale) {
      const multiple = value / scale;
      return multiple === 1 ? word : `${multiple === 10 ? 'tens' : 'hundreds'} of ${word}`;
    }
  }
  return value === 10 ? 'tens' : value === 100 ? 'hundreds' : String(value);
}

/** How to read round magnitudes in each translation language. */
export const magnitudeReaders: Partial<Record<string, (text: string) => Quantity[]>> = {
  en: englishMagnitudes,
};
