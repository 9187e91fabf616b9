// Gazetteer: countries (with short forms, demonyms and capitals), international organizations,
// seats of government, and well-known places. Sources: the UN member list and common English
// short names (ISO 3166 English short names), capitals as listed by the CIA World Factbook,
// demonyms from the same, and the usual news abbreviations; the provinces and territories of
// Canada (Statistics Canada's Standard Geographical Classification) and the states and
// territories of Australia (the Australian Bureau of Statistics' ASGS; "Victoria" left out, a
// given name as often), with the informal demonyms "Aussie" and "Kiwi" of Australian and New
// Zealand news copy. Data only; no article's words.

/** The words of a state's formal name before "of": "State of Qatar", "Islamic Republic of Iran". */
const STATE_FORMS = [
  "State",
  "Kingdom",
  "Republic",
  "Islamic Republic",
  "People's Republic",
  "Federal Republic",
  "Democratic Republic",
  "Emirate",
  "Sultanate",
  "Commonwealth",
  "Principality",
  "Grand Duchy",
];

/** name | other names | demonyms | capital(s) */
const COUNTRIES = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Angola||Angolan|Luanda
Argentina||Argentine;Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian;Aussie|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani;Azeri|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Brazil||Brazilian|Brasilia;Brasília
Bulgaria||Bulgarian|Sofia
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China;PRC|Chinese|Beijing
Colombia||Colombian|Bogota;Bogotá
Congo|Democratic Republic of Congo;DRC;DR Congo|Congolese|Kinshasa
Costa Rica||Costa Rican|San Jose
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France||French|Paris
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Guatemala||Guatemalan|Guatemala City
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic|Reykjavik
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland|Irish Republic|Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Cote d'Ivoire|Ivorian|Abidjan
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kosovo||Kosovar|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao;Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|
Malaysia||Malaysian|Kuala Lumpur
Mali||Malian|Bamako
Malta||Maltese|Valletta
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Nepal||Nepalese;Nepali|Kathmandu
Netherlands|Holland|Dutch|Amsterdam;The Hague
New Zealand|NZ|New Zealander;Kiwi|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|DPRK|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian territories;Palestinian Authority|Palestinian|Ramallah
Panama||Panamanian|Panama City
Paraguay||Paraguayan|Asuncion
Peru||Peruvian|Lima
Philippines||Philippine;Filipino|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saudi Arabia||Saudi;Saudi Arabian|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian;Serb|Belgrade
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Tunisia||Tunisian|Tunis
Turkey|Turkiye;Türkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv;Kiev
United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British|London
United States|US;U.S.;USA;U.S.A.;America;United States of America|American|Washington
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
Andorra||Andorran|Andorra la Vella
Antigua and Barbuda|Antigua|Antiguan|
Bahamas|The Bahamas|Bahamian|Nassau
Barbados||Barbadian|Bridgetown
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Botswana||Botswanan|Gaborone
Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cabo Verde|Cape Verde|Cape Verdean|Praia
Central African Republic||Central African|Bangui
Comoros||Comorian|
Djibouti||Djiboutian|
Dominica|||Roseau
Dominican Republic||Dominican|Santo Domingo
Equatorial Guinea||Equatoguinean|Malabo
Eswatini|Swaziland|Swazi|Mbabane
Fiji||Fijian|Suva
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Grenada||Grenadian|
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|
Jamaica||Jamaican|
Kiribati|||Tarawa
Lesotho||Basotho|Maseru
Liberia||Liberian|Monrovia
Liechtenstein||Liechtensteiner|Vaduz
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Maldives||Maldivian|
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Micronesia|Federated States of Micronesia|Micronesian|Palikir
Monaco||Monegasque|
Namibia||Namibian|Windhoek
Nauru||Nauruan|
Palau||Palauan|Ngerulmud
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis||Basseterre
Saint Lucia|St Lucia;St. Lucia|Saint Lucian|Castries
Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian|Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|
Sao Tome and Principe|São Tomé and Príncipe||
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Solomon Islands||Solomon Islander|Honiara
Suriname||Surinamese|Paramaribo
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lome
Tonga||Tongan|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tuvalu||Tuvaluan|Funafuti
Vanuatu||Ni-Vanuatu|Port Vila
`;

/** name | other names */
/** Bodies of states: unions, alliances, international institutions (a "bloc", an "alliance"). */
const INTERGOVERNMENTAL = `
European Union|EU;E.U.
United Nations|UN;U.N.
UN Security Council|Security Council;UNSC
North Atlantic Treaty Organization|NATO
World Trade Organization|WTO
International Monetary Fund|IMF
World Bank|
World Health Organization|WHO
International Atomic Energy Agency|IAEA
Organization of the Petroleum Exporting Countries|OPEC
African Union|AU
Association of Southeast Asian Nations|ASEAN
Group of Seven|G7;G-7
Group of 20|G20;G-20
European Commission|Commission
European Parliament|
European Council|
European Central Bank|ECB
International Criminal Court|ICC
International Court of Justice|ICJ
European Court of Justice|ECJ
Organization for Security and Co-operation in Europe|OSCE
Arab League|
Gulf Cooperation Council|GCC
Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization
Commonwealth|
Federal Reserve|Fed
Congress|U.S. Congress;US Congress
`;

/** Other organizations that news names without a keyword that says what they are. */
const ORGANIZATIONS = `
International Committee of the Red Cross|ICRC;Red Cross
Hamas|
Hezbollah|
Taliban|
Islamic State|ISIS;ISIL
Associated Press|AP
Agence France-Presse|AFP
Telegram|
WhatsApp|
Facebook|
Instagram|
YouTube|
TikTok|
Truth Social|
Weibo|
WeChat|
LinkedIn|
`;

/** Seats of government and institutions that stand for a country in news copy. */
const SEATS = `
Kremlin|Russia
White House|United States
Pentagon|United States
State Department|United States
Downing Street|United Kingdom
Whitehall|United Kingdom
Elysee|France
Élysée|France
Zhongnanhai|China
Bundestag|Germany
Knesset|Israel
`;

/** Other spellings of places: "Gaza" for the Gaza Strip, "Donbass" for Donbas. form|canonical. */
const PLACE_ALIASES = `
Gaza|Gaza Strip
Donbass|Donbas
Odessa|Odesa
`;

/** The fifty US states (US Census Bureau). */
const US_STATE_NAMES =
  "Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming";

/**
 * The AP Stylebook's abbreviations of state names after a town ("Grand Blanc, Mich."), form|state.
 * ("Miss." is left out: it is also a title.)
 */
const AP_STATE_ABBREVIATIONS = `
Ala.|Alabama
Ariz.|Arizona
Ark.|Arkansas
Calif.|California
Colo.|Colorado
Conn.|Connecticut
Del.|Delaware
Fla.|Florida
Ga.|Georgia (U.S. state)
Ill.|Illinois
Ind.|Indiana
Kan.|Kansas
Ky.|Kentucky
La.|Louisiana
Md.|Maryland
Mass.|Massachusetts
Mich.|Michigan
Minn.|Minnesota
Mo.|Missouri
Mont.|Montana
Neb.|Nebraska
Nev.|Nevada
N.H.|New Hampshire
N.J.|New Jersey
N.M.|New Mexico
N.Y.|New York
N.C.|North Carolina
N.D.|North Dakota
Okla.|Oklahoma
Ore.|Oregon
Pa.|Pennsylvania
R.I.|Rhode Island
S.C.|South Carolina
S.D.|South Dakota
Tenn.|Tennessee
Vt.|Vermont
Va.|Virginia
Wash.|Washington (U.S. state)
W.Va.|West Virginia
Wis.|Wisconsin
Wyo.|Wyoming
`;

/** A US state's name or its AP abbreviation: "Flint, Michigan", "Grand Blanc, Mich." name a town. */
export const US_STATES: ReadonlySet<string> = new Set([
  ...US_STATE_NAMES.split(";"),
  ...AP_STATE_ABBREVIATIONS.trim()
    .split("\n")
    .map((l) => l.split("|")[0]!),
  // ("Schenectady, N.Y, both announced": an abbreviation that lost its last period.)
  ...AP_STATE_ABBREVIATIONS.trim()
    .split("\n")
    .map((l) => l.split("|")[0]!)
    .filter((a) => /\.[A-Z]\.$/.test(a))
    .map((a) => a.slice(0, -1)),
]);

/** Regions, states and cities that are places (not countries), and often in the news. */
const PLACES = `
${US_STATE_NAMES}
Ontario;British Columbia;Alberta;Manitoba;Saskatchewan;Nova Scotia;New Brunswick;Newfoundland and Labrador;Newfoundland;Prince Edward Island;Yukon;Northwest Territories;Nunavut
New South Wales;Queensland;South Australia;Western Australia;Tasmania;Northern Territory;Australian Capital Territory
Geneva;Vienna;Davos;Munich;Hamburg;Frankfurt;Milan;Florence;Venice;Naples;Barcelona;Marseille;Lyon;Manchester;Edinburgh;Glasgow;Belfast;Cardiff;Liverpool;Birmingham;Istanbul;Dubai;Jeddah;Mecca;Gaza;Gaza Strip;West Bank;Golan Heights;Sinai;Aleppo;Idlib;Mosul;Basra;Erbil;Kandahar;Karachi;Lahore;Mumbai;Kolkata;Chennai;Bangalore;Shanghai;Hong Kong;Macau;Shenzhen;Guangzhou;Wuhan;Xinjiang;Tibet;Osaka;Sydney;Melbourne;Toronto;Montreal;Vancouver;Los Angeles;San Francisco;Chicago;Houston;Boston;Seattle;Miami;Atlanta;Detroit;Philadelphia;Camp David;Mar-a-Lago;St Petersburg;St. Petersburg;Sochi;Crimea;Donbas;Donbass;Donetsk;Luhansk;Kharkiv;Odesa;Odessa;Zaporizhzhia;Kherson;Mariupol;Bakhmut;Lviv;Dnipro;Transnistria;Abkhazia;South Ossetia;Nagorno-Karabakh;Kashmir;Punjab;Balochistan;Darfur;Tigray;Kurdistan;Catalonia;Scotland;Wales;England;Northern Ireland;Quebec;Greenland;Siberia;Chechnya;Kaliningrad;Anchorage;Doha;Riyadh;Sharm el-Sheikh;Bali;Helsinki;Minsk;Astana;Istanbul;Rafah;Khan Younis;Tel Aviv
Europe;Asia;Africa;Middle East;Latin America;South America;North America;Central Asia;Southeast Asia;Balkans;Caucasus;Baltic;Arctic;Black Sea;Red Sea;Mediterranean;Persian Gulf;Gulf;Strait of Hormuz;South China Sea;Taiwan Strait;Korean Peninsula;Horn of Africa;Sahel
Atlantic;Pacific;Indian Ocean;Antarctica;Caribbean;Baltic Sea;North Sea;Aegean;Adriatic;Caspian Sea;Sea of Azov;Suez Canal;Panama Canal;Bosphorus;English Channel;Amazon;Himalayas;Alps;Indo-Pacific;Scandinavia;Eastern Europe;Western Europe;Central Europe;East Asia;South Asia;West Africa;East Africa;North Africa;Sub-Saharan Africa;Latin America and the Caribbean
`;

export interface GazetteerEntry {
  /** Canonical name of the entity. */
  name: string;
  kind: "country" | "organization" | "place" | "group";
  /** The country the surface form stands for or belongs to (capital, seat of government, demonym, its people). */
  country?: string;
  /** How the surface form relates to the entity. */
  via: "name" | "alias" | "demonym" | "capital" | "seat" | "people";
}

/** Surface form (exact case) -> entry. Longest forms are matched first by the tagger. */
export const GAZETTEER = new Map<string, GazetteerEntry>();
/** Longest gazetteer form in tokens, to bound the matcher. */
export let GAZETTEER_MAX_WORDS = 1;
/** First words of the gazetteer's forms: a token that is none of them starts no gazetteer name. */
export const GAZETTEER_FIRST_WORDS = new Set<string>();
/** Every prefix of a form that ends at a word boundary: matching stops as soon as none fits. */
export const GAZETTEER_PREFIXES = new Set<string>();

/** Gazetteer forms by spelling fold: "Organisation for Security and Co-Operation in Europe" finds the American form. */
const BY_FOLD = new Map<string, GazetteerEntry>();

/** A form with British "-isation" and case set aside. */
function spellingFold(form: string): string {
  return form
    .toLowerCase()
    .replace(/isation/g, "ization")
    .replace(/\s+/g, " ");
}

/** The gazetteer entry of a name of several words, whatever its British or American spelling and its capitals. */
export function gazetteerEntryOf(name: string): GazetteerEntry | undefined {
  return GAZETTEER.get(name) ?? (name.includes(" ") ? BY_FOLD.get(spellingFold(name)) : undefined);
}

function add(form: string, entry: GazetteerEntry) {
  form = form.trim();
  if (!form || GAZETTEER.has(form)) return;
  GAZETTEER.set(form, entry);
  if (form.includes(" ") && !BY_FOLD.has(spellingFold(form))) BY_FOLD.set(spellingFold(form), entry);
  GAZETTEER_FIRST_WORDS.add(form.split(/\s/)[0]!).add(form.split(/[\s-]/)[0]!);
  for (let k = 0; k < form.length; k++) if (/[\s-]/.test(form[k]!)) GAZETTEER_PREFIXES.add(form.slice(0, k));
  GAZETTEER_PREFIXES.add(form);
  GAZETTEER_MAX_WORDS = Math.max(GAZETTEER_MAX_WORDS, form.split(/\s+/).length);
}

/** A country's first demonym ("Qatar" -> "Qatari"): how news copy names its bodies ("the Qatari Foreign Ministry"). */
export const DEMONYM_OF = new Map<string, string>();

for (const line of COUNTRIES.trim().split("\n")) {
  const [name, others, demonyms, capitals] = line.split("|") as [string, string, string, string];
  const first = demonyms.split(";")[0];
  if (first) DEMONYM_OF.set(name, first);
  add(name, { name, kind: "country", via: "name" });
  for (const o of others.split(";")) add(o, { name, kind: "country", via: "alias" });
  for (const d of demonyms.split(";")) {
    add(d, { name, kind: "country", country: name, via: "demonym" });
    // "Palestinians", "Israelis": the people, a group that belongs to the country.
    if (d && !d.endsWith("s") && !/ese$|ish$|ch$|ss$/.test(d)) add(`${d}s`, { name: `${d}s`, kind: "group", country: name, via: "people" });
  }
  for (const c of capitals.split(";")) add(c, { name: c, kind: "place", country: name, via: "capital" });
  // "State of Qatar", "Kingdom of Saudi Arabia", "Republic of Korea": the state's formal name.
  for (const form of STATE_FORMS) add(`${form} of ${name}`, { name, kind: "country", via: "alias" });
}
/** Canonical names of the intergovernmental bodies. */
const INTERGOVERNMENTAL_NAMES = new Set<string>();
for (const [table, intergovernmental] of [
  [INTERGOVERNMENTAL, true],
  [ORGANIZATIONS, false],
] as const)
  for (const line of table.trim().split("\n")) {
    const [name, others] = line.split("|") as [string, string];
    if (intergovernmental) INTERGOVERNMENTAL_NAMES.add(name);
    add(name, { name, kind: "organization", via: "name" });
    for (const o of others.split(";")) if (o) add(o, { name, kind: "organization", via: "alias" });
  }

/** "European Union", "NATO", "World Bank": a body of states (a bloc), not a company or a militia. */
export function isIntergovernmental(name: string): boolean {
  return INTERGOVERNMENTAL_NAMES.has(name);
}
// Brussels hosts the EU institutions: as a speaker it stands for the European Union.
add("Brussels", { name: "Brussels", kind: "place", country: "European Union", via: "capital" });
// The seats are institutions of their country (the White House speaks for the administration,
// not for every American): organizations that belong to it.
for (const line of SEATS.trim().split("\n")) {
  const [name, country] = line.split("|") as [string, string];
  add(name, { name, kind: "organization", country, via: "seat" });
}
// Continental adjectives name a place, not a country: "European allies".
for (const [adj, place] of [
  ["European", "Europe"],
  ["Asian", "Asia"],
  ["African", "Africa"],
  ["Latin American", "Latin America"],
  ["Arab", "Arab world"],
  ["Western", "West"],
] as const)
  add(adj, { name: place, kind: "place", via: "demonym" });
for (const line of PLACE_ALIASES.trim().split("\n")) {
  const [form, name] = line.split("|") as [string, string];
  add(form, { name, kind: "place", via: "alias" });
}
for (const line of PLACES.trim().split("\n")) for (const p of line.split(";")) add(p, { name: p, kind: "place", via: "name" });
for (const line of AP_STATE_ABBREVIATIONS.trim().split("\n")) {
  const [form, name] = line.split("|") as [string, string];
  add(form, { name, kind: "place", via: "alias" });
  // ("Schenectady, N.Y, both": the last period lost.)
  if (/\.[A-Z]\.$/.test(form)) add(form.slice(0, -1), { name, kind: "place", via: "alias" });
}

/** Platforms where statements are posted: "said on Telegram" names the channel, not a target. */
export const PLATFORMS = new Set([
  "Telegram",
  "WhatsApp",
  "Facebook",
  "Instagram",
  "YouTube",
  "TikTok",
  "Truth Social",
  "Weibo",
  "WeChat",
  "LinkedIn",
  "Twitter",
  "X",
  "Threads",
  "Bluesky",
  "Reddit",
  "Snapchat",
]);

/** Words in the names of news outlets: "the Seattle Times", "CBC News", "the Daily Telegraph". */
export const MEDIA_NAME_WORDS =
  /\b(?:times|news(?:week|talk|hub|day|room|wire|paper)?|post|journal|press|herald|tribune|gazette|telegraph|guardian|reuters|broadcaster|newspaper|television|radio|tv|network|agency|daily|weekly|magazine|chronicle|observer|courier|wire|online|report|programme|program)\b/i;

/** Broadcasters and wire services that English news copy cites by their initials. */
export const BROADCASTER_INITIALS =
  /^(?:NBC|CBS|ABC|BBC|CNN|CNBC|MSNBC|NPR|PBS|Fox|AFP|AP|DPA|ANSA|EFE|TASS|RIA|CBC|CTV|ITV|RTE|RT|DW|NHK|KBS|SABC|ABC News|Fox News|RNZ|TVNZ|SBS|ZDF|ARD|RAI|CGTN|CCTV|NDTV|PTI|ANI|KCNA|IRNA|Xinhua|Kyodo|Yonhap|Interfax|Bernama|Anadolu)$/;

/** Entity kind of a country-like name that is an organization (European Union for Brussels). */
export function kindOfCountryName(name: string): "country" | "organization" {
  return GAZETTEER.get(name)?.kind === "organization" ? "organization" : "country";
}
