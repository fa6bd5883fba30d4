// Country data beyond what world-countries gives. The library is the base (names, official names, alternative
// spellings, demonyms, capitals, coordinates); this table adds what news writes and the library lacks or gets wrong
// for the genre ("Tajik" where it lists "Tadzhik", "Turkey" where it lists "Türkiye", "Uzbek", "Emiratis").

export interface CountrySupplement {
  /** ISO 3166-1 alpha-3. */
  code: string;
  /** Extra names and short forms ("Britain", "U.S.", "Turkey"). */
  names?: readonly string[];
  /** Extra adjectives/demonyms ("Tajik", "Uzbek"); plural nouns ("Tajiks") are derived. */
  demonyms?: readonly string[];
  /** Combining prefixes used before a hyphen ("Sino-Indian"). */
  prefixes?: readonly string[];
  /** Names of the seat of government used for the government itself ("the Kremlin said"). */
  metonyms?: readonly string[];
  /** Capital cities the library does not list or lists under another spelling. */
  capitals?: readonly string[];
  /** The name to show, where the library's common name is not the one English news uses. */
  display?: string;
}

export const COUNTRY_SUPPLEMENT: readonly CountrySupplement[] = [
  { code: 'USA', names: ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America', 'the States'], demonyms: ['US', 'U.S.'], capitals: ['Washington'], metonyms: ['Washington'] },
  { code: 'GBR', names: ['Britain', 'UK', 'U.K.', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'], demonyms: ['UK', 'U.K.', 'English', 'Scottish', 'Welsh', 'Briton'], prefixes: ['Anglo'], metonyms: ['Downing Street', 'Whitehall'] },
  { code: 'RUS', names: ['Russian Federation'], prefixes: ['Russo'], metonyms: ['Kremlin', 'the Kremlin'] },
  { code: 'CHN', names: ["People's Republic of China", 'PRC', 'Mainland China'], prefixes: ['Sino'], metonyms: ['Zhongnanhai'] },
  { code: 'IND', prefixes: ['Indo'] },
  { code: 'TJK', demonyms: ['Tajik', 'Tajikistani'] },
  { code: 'UZB', demonyms: ['Uzbek'] },
  { code: 'KAZ', demonyms: ['Kazakh'], capitals: ['Astana', 'Nur-Sultan'] },
  { code: 'KGZ', demonyms: ['Kyrgyz', 'Kyrgyzstani'], names: ['Kirghizia'] },
  { code: 'TKM', demonyms: ['Turkmen', 'Turkmenistani'] },
  { code: 'AFG', demonyms: ['Afghan', 'Afghani'] },
  { code: 'PAK', prefixes: ['Pak'] },
  { code: 'TUR', names: ['Turkey', 'Turkiye', 'Türkiye', 'Republic of Turkey'], demonyms: ['Turkish', 'Turk'], display: 'Turkey', prefixes: ['Turko'] },
  { code: 'ARE', names: ['UAE', 'U.A.E.', 'Emirates', 'the Emirates'], demonyms: ['Emirati', 'UAE'] },
  { code: 'SAU', names: ['Saudi', 'KSA'], demonyms: ['Saudi', 'Saudi Arabian'] },
  { code: 'PHL', demonyms: ['Filipino', 'Philippine'] },
  { code: 'MMR', names: ['Burma'], demonyms: ['Myanmar', 'Burmese'] },
  { code: 'CZE', names: ['Czech Republic', 'Czechia'], demonyms: ['Czech'] },
  { code: 'NLD', names: ['Holland', 'the Netherlands'], demonyms: ['Dutch'] },
  { code: 'CHE', demonyms: ['Swiss'] },
  { code: 'FRA', prefixes: ['Franco'], metonyms: ['Élysée', 'Elysee', 'Quai d’Orsay'] },
  { code: 'DEU', prefixes: ['Germano'] },
  { code: 'GRC', prefixes: ['Greco'], demonyms: ['Hellenic'] },
  { code: 'ITA', prefixes: ['Italo'] },
  { code: 'JPN', prefixes: ['Nippo', 'Japano'] },
  { code: 'ISR', prefixes: ['Israeli'] },
  { code: 'KOR', names: ['Korea', 'ROK', 'Republic of Korea'], demonyms: ['South Korean', 'Korean'] },
  { code: 'PRK', names: ['DPRK', 'D.P.R.K.'], demonyms: ['North Korean'] },
  { code: 'COD', names: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa'], demonyms: ['Congolese'] },
  { code: 'COG', names: ['Congo-Brazzaville', 'Republic of Congo'] },
  { code: 'CIV', names: ["Cote d'Ivoire", "Côte d'Ivoire", 'Ivory Coast'], demonyms: ['Ivorian'] },
  { code: 'CPV', names: ['Cabo Verde'], demonyms: ['Cape Verdean'] },
  { code: 'TLS', names: ['East Timor'], demonyms: ['Timorese'] },
  { code: 'SWZ', names: ['Swaziland'] },
  { code: 'MKD', names: ['Macedonia', 'North Macedonia'] },
  { code: 'LAO', demonyms: ['Lao', 'Laotian'] },
  { code: 'VNM', names: ['Viet Nam'] },
  { code: 'BIH', names: ['Bosnia', 'Bosnia-Herzegovina'], demonyms: ['Bosnian'] },
  { code: 'VAT', names: ['Holy See', 'the Vatican'], demonyms: ['Vatican'] },
  { code: 'PSE', names: ['Palestinian territories', 'Palestinian Authority'], demonyms: ['Palestinian'] },
  { code: 'TWN', names: ['Republic of China'], demonyms: ['Taiwanese'] },
  { code: 'UNK', names: ['Kosovo'], demonyms: ['Kosovar', 'Kosovan'] },
  { code: 'NZL', demonyms: ['Kiwi'] },
  { code: 'BGD', demonyms: ['Bangladeshi'] },
  { code: 'LKA', demonyms: ['Sri Lankan'] },
  { code: 'YEM', demonyms: ['Yemeni'] },
  { code: 'IRQ', demonyms: ['Iraqi'] },
  { code: 'IRN' },
  { code: 'SYR' },
  { code: 'UKR', capitals: ['Kiev'] },
  { code: 'BLR', demonyms: ['Belarusian', 'Belarussian'] },
  { code: 'KEN' },
  { code: 'ISL', demonyms: ['Icelandic'] },
  { code: 'GMB', names: ['The Gambia', 'the Gambia'] },
  { code: 'BHS', names: ['The Bahamas', 'the Bahamas'] },
  { code: 'GNB', demonyms: ['Bissau-Guinean'] },
  { code: 'ESH', demonyms: ['Sahrawi'] },
  { code: 'MDV', demonyms: ['Maldivian'] },
  { code: 'DJI', demonyms: ['Djiboutian'] },
  { code: 'COM', demonyms: ['Comorian'] },
  { code: 'VUT', demonyms: ['Vanuatuan', 'Ni-Vanuatu'] },
  { code: 'SLV', demonyms: ['Salvadorean', 'Salvadoran'] },
  { code: 'SUR', demonyms: ['Surinamese'] },
  { code: 'ARG', demonyms: ['Argentinian', 'Argentine'] },
  { code: 'ECU', demonyms: ['Ecuadorian', 'Ecuadorean'] },
  { code: 'SVN', demonyms: ['Slovenian', 'Slovene'] },
  { code: 'LUX', demonyms: ['Luxembourgish', 'Luxembourger'] },
  { code: 'AZE', demonyms: ['Azeri', 'Azerbaijani'] },
  { code: 'BWA', demonyms: ['Botswanan', 'Motswana', 'Batswana'] },
  { code: 'NPL', demonyms: ['Nepali', 'Nepalese'] },
  { code: 'SOM', demonyms: ['Somali', 'Somalian'] },
  { code: 'PNG', demonyms: ['Papua New Guinean'] },
  { code: 'SUN', names: ['Soviet Union', 'USSR', 'U.S.S.R.'], demonyms: ['Soviet'], display: 'Soviet Union' },
];

/** Names from the library that English news uses for something else ("New Jersey", "Isle of Man"). */
export const COUNTRY_NAME_BLOCKLIST: ReadonlySet<string> = new Set([
  'Timor', 'Saint Martin', 'Jersey', 'Guernsey', 'Man', 'Christmas Island', 'Georgia State', 'Chosŏn', 'Island',
]);

/** Regions that are not countries but that news uses as actors or adjectives; never mapped to a country. */
export const NON_COUNTRY_COMPOUNDS: ReadonlySet<string> = new Set(['indo-pacific', 'indo-china', 'indochina', 'anglo-saxon', 'euro-atlantic']);
