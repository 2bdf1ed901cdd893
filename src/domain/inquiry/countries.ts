/**
 * ISO 3166-1 alpha-2 country codes (the 249 officially assigned ones), so `country`
 * accepts real codes only. Names come from the runtime's CLDR data (Intl.DisplayNames),
 * which Node and every current browser carry, instead of a second hand-kept list.
 */

export const COUNTRY_CODES: readonly string[] = `
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
  BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
  CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
  DE DJ DK DM DO DZ
  EC EE EG EH ER ES ET
  FI FJ FK FM FO FR
  GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
  HK HM HN HR HT HU
  ID IE IL IM IN IO IQ IR IS IT
  JE JM JO JP
  KE KG KH KI KM KN KP KR KW KY KZ
  LA LB LC LI LK LR LS LT LU LV LY
  MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
  NA NC NE NF NG NI NL NO NP NR NU NZ
  OM
  PA PE PF PG PH PK PL PM PN PR PS PT PW PY
  QA
  RE RO RS RU RW
  SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
  TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
  UA UG UM US UY UZ
  VA VC VE VG VI VN VU
  WF WS
  YE YT
  ZA ZM ZW
`
  .trim()
  .split(/\s+/);

const COUNTRY_CODE_SET = new Set(COUNTRY_CODES);

/** Whether `code` is an assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODE_SET.has(code);
}

/**
 * Names the parks' own publications use for regions of China, where CLDR's defaults
 * would read as a political statement on a Chinese government site.
 */
const NAME_OVERRIDES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: { TW: 'Taiwan, China', HK: 'Hong Kong SAR, China', MO: 'Macao SAR, China' },
  zh: { TW: '中国台湾', HK: '中国香港', MO: '中国澳门' },
};

/**
 * Country options for a select, sorted by name in `locale`, with China first because
 * most enterprises asking are registered there.
 */
export function countryOptions(locale = 'en'): { value: string; label: string }[] {
  const language = locale.split('-')[0] ?? locale;
  const overrides = NAME_OVERRIDES[language] ?? {};
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    // A runtime without region names still gets a usable list of codes.
    names = undefined;
  }
  const options = COUNTRY_CODES.map((value) => ({
    value,
    label: overrides[value] ?? names?.of(value) ?? value,
  }));
  const collator = new Intl.Collator(locale);
  options.sort((a, b) =>
    a.value === 'CN' ? -1 : b.value === 'CN' ? 1 : collator.compare(a.label, b.label),
  );
  return options;
}
