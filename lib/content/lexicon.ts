// What counts as the same word in Dutch and in English, for the
// correspondence check: names that differ by language, the common nouns
// institutions are named with, and numbers written out in words. Plain data
// and two tables built on first use; no file reading.
//
// Sources:
// - Countries, regions, languages, months and weekdays: CLDR, as Node's full
//   ICU exposes it through `Intl.DisplayNames` and `Intl.DateTimeFormat`
//   (computed, not copied).
// - Adjectives and inhabitants, for the EU member states, the United Kingdom
//   and a few neighbours: the Nederlandse Taalunie's country names with their
//   adjectives and inhabitants ("Aardrijkskundige namen", namen.taalunie.org)
//   and the EU Interinstitutional Style Guide's list of countries (annex A5,
//   "List of countries, territories and currencies", in English and Dutch).
// - Cities and regions whose names differ: the Taalunie's Dutch exonyms
//   ("Lijst van Nederlandse exoniemen") against the English names the Style
//   Guide uses.
// - Acronyms that differ: the Style Guide's acronyms in English and Dutch.
// - Common nouns, and numbers in words: the ordinary Dutch and English words.
// Review additions against the same lists. A form listed under two entries
// stands for either of them, so list a form only where it belongs.

/** One name in both languages: every form a text may use, in either language. */
interface Equivalent {
  /** ISO 3166-1 code or CLDR region, when the entry belongs to a country: it joins CLDR's names of it. */
  region?: string;
  nl: readonly string[];
  en: readonly string[];
}

// Adjectives (uninflected and inflected) and inhabitants (singular and plural).
const NATIONALITIES: readonly Equivalent[] = [
  {region: 'AT', nl: ['Oostenrijks', 'Oostenrijkse', 'Oostenrijker', 'Oostenrijkers'], en: ['Austrian', 'Austrians']},
  {region: 'BE', nl: ['Belgisch', 'Belgische', 'Belg', 'Belgen'], en: ['Belgian', 'Belgians']},
  {region: 'BG', nl: ['Bulgaars', 'Bulgaarse', 'Bulgaar', 'Bulgaren'], en: ['Bulgarian', 'Bulgarians']},
  {region: 'CY', nl: ['Cypriotisch', 'Cypriotische', 'Cyprioot', 'Cyprioten'], en: ['Cypriot', 'Cypriots']},
  {region: 'CZ', nl: ['Tsjechisch', 'Tsjechische', 'Tsjech', 'Tsjechen', 'Tsjechische Republiek'], en: ['Czech', 'Czechs', 'Czech Republic']},
  {region: 'DE', nl: ['Duits', 'Duitse', 'Duitser', 'Duitsers'], en: ['German', 'Germans']},
  {region: 'DK', nl: ['Deens', 'Deense', 'Deen', 'Denen'], en: ['Danish', 'Dane', 'Danes']},
  {region: 'EE', nl: ['Ests', 'Estse', 'Estisch', 'Estische', 'Est', 'Esten', 'Estlander', 'Estlanders'], en: ['Estonian', 'Estonians']},
  {region: 'ES', nl: ['Spaans', 'Spaanse', 'Spanjaard', 'Spanjaarden'], en: ['Spanish', 'Spaniard', 'Spaniards']},
  {region: 'FI', nl: ['Fins', 'Finse', 'Fin', 'Finnen'], en: ['Finnish', 'Finn', 'Finns']},
  {region: 'FR', nl: ['Frans', 'Franse', 'Fransman', 'Fransen', 'Française', 'Françaises'], en: ['French', 'Frenchman', 'Frenchmen', 'Frenchwoman', 'Franco']},
  {region: 'GR', nl: ['Grieks', 'Griekse', 'Griek', 'Grieken', 'Helleense'], en: ['Greek', 'Greeks', 'Hellenic']},
  {region: 'HR', nl: ['Kroatisch', 'Kroatische', 'Kroaat', 'Kroaten'], en: ['Croatian', 'Croatians', 'Croat', 'Croats']},
  {region: 'HU', nl: ['Hongaars', 'Hongaarse', 'Hongaar', 'Hongaren'], en: ['Hungarian', 'Hungarians']},
  {region: 'IE', nl: ['Iers', 'Ierse', 'Ier', 'Ieren'], en: ['Irish', 'Irishman']},
  {region: 'IT', nl: ['Italiaans', 'Italiaanse', 'Italiaan', 'Italianen'], en: ['Italian', 'Italians']},
  {region: 'LT', nl: ['Litouws', 'Litouwse', 'Litouwer', 'Litouwers'], en: ['Lithuanian', 'Lithuanians']},
  {region: 'LU', nl: ['Luxemburgs', 'Luxemburgse', 'Luxemburger', 'Luxemburgers'], en: ['Luxembourg', 'Luxembourgish', 'Luxembourger', 'Luxembourgers']},
  {region: 'LV', nl: ['Lets', 'Letse', 'Letlands', 'Letlandse', 'Let', 'Letten', 'Letlander', 'Letlanders'], en: ['Latvian', 'Latvians']},
  {region: 'MT', nl: ['Maltees', 'Maltese', 'Maltezen'], en: ['Maltese']},
  {region: 'NL', nl: ['Nederlands', 'Nederlandse', 'Nederlander', 'Nederlanders', 'Hollands', 'Hollandse'], en: ['Dutch', 'Dutchman', 'Dutchmen', 'Dutchwoman', 'Holland']},
  {region: 'PL', nl: ['Pools', 'Poolse', 'Pool', 'Polen'], en: ['Polish', 'Pole', 'Poles']},
  {region: 'PT', nl: ['Portugees', 'Portugese', 'Portugezen'], en: ['Portuguese']},
  {region: 'RO', nl: ['Roemeens', 'Roemeense', 'Roemeen', 'Roemenen'], en: ['Romanian', 'Romanians']},
  {region: 'SE', nl: ['Zweeds', 'Zweedse', 'Zweed', 'Zweden'], en: ['Swedish', 'Swede', 'Swedes']},
  {region: 'SI', nl: ['Sloveens', 'Sloveense', 'Sloveen', 'Slovenen'], en: ['Slovenian', 'Slovenians', 'Slovene', 'Slovenes']},
  {region: 'SK', nl: ['Slowaaks', 'Slowaakse', 'Slowaak', 'Slowaken', 'Slowaakse Republiek'], en: ['Slovak', 'Slovakian', 'Slovaks', 'Slovak Republic']},
  {region: 'GB', nl: ['Brits', 'Britse', 'Brit', 'Britten', 'Groot-Brittannië'], en: ['British', 'Briton', 'Britons', 'Brits', 'Great Britain', 'Britain']},
  // Neighbours, and the countries European releases name most.
  {region: 'CH', nl: ['Zwitsers', 'Zwitserse', 'Zwitser'], en: ['Swiss']},
  {region: 'NO', nl: ['Noors', 'Noorse', 'Noor', 'Noren'], en: ['Norwegian', 'Norwegians']},
  {region: 'IS', nl: ['IJslands', 'IJslandse', 'IJslander', 'IJslanders'], en: ['Icelandic', 'Icelander', 'Icelanders']},
  {region: 'LI', nl: ['Liechtensteins', 'Liechtensteinse', 'Liechtensteiner', 'Liechtensteiners'], en: ['Liechtenstein', 'Liechtensteiner', 'Liechtensteiners']},
  {region: 'UA', nl: ['Oekraïens', 'Oekraïense', 'Oekraïner', 'Oekraïners'], en: ['Ukrainian', 'Ukrainians']},
  {region: 'MD', nl: ['Moldavisch', 'Moldavische', 'Moldaviër', 'Moldaviërs'], en: ['Moldovan', 'Moldovans']},
  {region: 'BY', nl: ['Belarussisch', 'Belarussische', 'Wit-Rusland', 'Wit-Russisch', 'Wit-Russische', 'Belarus'], en: ['Belarusian', 'Belarusians']},
  {region: 'RU', nl: ['Russisch', 'Russische', 'Rus', 'Russen'], en: ['Russian', 'Russians']},
  {region: 'RS', nl: ['Servisch', 'Servische', 'Serviër', 'Serviërs'], en: ['Serbian', 'Serbians', 'Serb', 'Serbs']},
  {region: 'TR', nl: ['Turks', 'Turkse', 'Turk', 'Turken'], en: ['Turkish', 'Turk', 'Turks', 'Türkiye']},
  {region: 'US', nl: ['Amerikaans', 'Amerikaanse', 'Amerikaan', 'Amerikanen', 'Amerika'], en: ['American', 'Americans', 'America']},
  {region: 'CA', nl: ['Canadees', 'Canadese', 'Canadezen'], en: ['Canadian', 'Canadians']},
  {region: 'CN', nl: ['Chinees', 'Chinese', 'Chinezen'], en: ['Chinese']},
  {region: 'JP', nl: ['Japans', 'Japanse', 'Japanner', 'Japanners'], en: ['Japanese']},
  {region: 'MA', nl: ['Marokkaans', 'Marokkaanse', 'Marokkaan', 'Marokkanen'], en: ['Moroccan', 'Moroccans']},
  {region: 'SY', nl: ['Syrisch', 'Syrische', 'Syriër', 'Syriërs'], en: ['Syrian', 'Syrians']},
  {region: 'IQ', nl: ['Iraaks', 'Iraakse', 'Irakees', 'Irakezen'], en: ['Iraqi', 'Iraqis']},
  // Europe, its union and its parts; the continents' own names come from CLDR.
  {region: '150', nl: ['Europees', 'Europese', 'Europeaan', 'Europeanen'], en: ['European', 'Europeans']},
  {region: '002', nl: ['Afrikaans', 'Afrikaanse', 'Afrikaan', 'Afrikanen'], en: ['African', 'Africans']},
  {region: '142', nl: ['Aziatisch', 'Aziatische', 'Aziaat', 'Aziaten'], en: ['Asian', 'Asians']},
  // Texts about the Union often say Europe for it: "Europa moet" is "the EU must".
  {region: 'EU', nl: ['EU', 'EU-lidstaten', 'Unie', 'Europa'], en: ['EU', 'Union', 'Europe']},
];

// Cities, regions and areas whose names differ; forms in a third language
// that English texts use (Malines, Liège) are listed under English.
const PLACES: readonly Equivalent[] = [
  {nl: ['Brussel', 'Brusselse', 'Brusselaar', 'Brusselaars', 'Brussels Hoofdstedelijk Gewest'], en: ['Brussels', 'Bruxelles', 'Brussels-Capital Region']},
  {nl: ['Den Haag', "'s-Gravenhage", 'Haagse'], en: ['The Hague']},
  {nl: ['Antwerpen', 'Antwerpse'], en: ['Antwerp', 'Anvers']},
  {nl: ['Luik', 'Luikse'], en: ['Liège', 'Liege']},
  {nl: ['Mechelen', 'Mechelse'], en: ['Mechelen', 'Malines']},
  {nl: ['Bergen'], en: ['Mons']},
  {nl: ['Gent', 'Gentse'], en: ['Ghent', 'Gand']},
  {nl: ['Brugge', 'Brugse'], en: ['Bruges']},
  {nl: ['Leuven', 'Leuvense'], en: ['Leuven', 'Louvain']},
  {nl: ['Namen'], en: ['Namur']},
  {nl: ['Doornik'], en: ['Tournai']},
  {nl: ['Kortrijk'], en: ['Kortrijk', 'Courtrai']},
  {nl: ['Ieper'], en: ['Ypres', 'Ieper']},
  {nl: ['Aarlen'], en: ['Arlon']},
  {nl: ['Waver'], en: ['Wavre']},
  {nl: ['Nijvel'], en: ['Nivelles']},
  {nl: ['Rijsel'], en: ['Lille']},
  {nl: ['Duinkerke', 'Duinkerken'], en: ['Dunkirk', 'Dunkerque']},
  {nl: ['Parijs', 'Parijse'], en: ['Paris', 'Parisian']},
  {nl: ['Straatsburg'], en: ['Strasbourg']},
  {nl: ['Keulen'], en: ['Cologne', 'Köln']},
  {nl: ['Aken'], en: ['Aachen', 'Aix-la-Chapelle']},
  {nl: ['München'], en: ['Munich']},
  {nl: ['Berlijn', 'Berlijnse'], en: ['Berlin']},
  {nl: ['Londen', 'Londense'], en: ['London']},
  {nl: ['Edinburgh'], en: ['Edinburgh']},
  {nl: ['Lissabon'], en: ['Lisbon', 'Lisboa']},
  {nl: ['Rome', 'Romeinse'], en: ['Rome', 'Roman']},
  {nl: ['Milaan'], en: ['Milan']},
  {nl: ['Napels'], en: ['Naples']},
  {nl: ['Venetië'], en: ['Venice']},
  {nl: ['Turijn'], en: ['Turin']},
  {nl: ['Wenen', 'Weense'], en: ['Vienna']},
  {nl: ['Praag', 'Praagse'], en: ['Prague']},
  {nl: ['Warschau'], en: ['Warsaw']},
  {nl: ['Boedapest'], en: ['Budapest']},
  {nl: ['Kopenhagen'], en: ['Copenhagen']},
  {nl: ['Athene'], en: ['Athens']},
  {nl: ['Boekarest'], en: ['Bucharest']},
  {nl: ['Genève'], en: ['Geneva']},
  {nl: ['Moskou'], en: ['Moscow']},
  {nl: ['Kyiv', 'Kiev', 'Kiëv'], en: ['Kyiv', 'Kiev']},
  {nl: ['Jeruzalem'], en: ['Jerusalem']},
  {nl: ['Caïro'], en: ['Cairo']},
  {nl: ['Peking'], en: ['Beijing', 'Peking']},
  {nl: ['Vlaanderen', 'Vlaams', 'Vlaamse', 'Vlaming', 'Vlamingen'], en: ['Flanders', 'Flemish', 'Fleming', 'Flemings']},
  {nl: ['Wallonië', 'Waals', 'Waalse', 'Waal', 'Walen'], en: ['Wallonia', 'Walloon', 'Walloons']},
  {nl: ['Henegouwen'], en: ['Hainaut']},
  {nl: ['Beieren', 'Beiers', 'Beierse'], en: ['Bavaria', 'Bavarian']},
  {nl: ['Noordrijn-Westfalen'], en: ['North Rhine-Westphalia']},
  {nl: ['Nedersaksen'], en: ['Lower Saxony']},
  {nl: ['Engeland', 'Engels', 'Engelse', 'Engelsman', 'Engelsen'], en: ['England', 'English', 'Englishman']},
  {nl: ['Schotland', 'Schots', 'Schotse', 'Schot', 'Schotten'], en: ['Scotland', 'Scottish', 'Scot', 'Scots']},
  {nl: ['Wales', 'Welsh', 'Welshe'], en: ['Wales', 'Welsh']},
  {nl: ['Noord-Ierland', 'Noord-Ierse'], en: ['Northern Ireland', 'Northern Irish']},
  {nl: ['Scandinavië', 'Scandinavisch', 'Scandinavische'], en: ['Scandinavia', 'Scandinavian']},
  {nl: ['Noordse'], en: ['Nordic']},
  {nl: ['Baltisch', 'Baltische', 'Baltische staten'], en: ['Baltic', 'Baltic states']},
  {nl: ['Midden-Oosten'], en: ['Middle East']},
  {nl: ['Noordzee'], en: ['North Sea']},
  {nl: ['Oostzee'], en: ['Baltic Sea']},
  {nl: ['Middellandse Zee', 'Middellandse'], en: ['Mediterranean']},
  {nl: ['Rijn'], en: ['Rhine']},
  {nl: ['Schelde'], en: ['Scheldt']},
  {nl: ['Maas'], en: ['Meuse', 'Maas']},
];

// Acronyms that differ by language (the Style Guide's and the Taalunie's
// spelling); CLDR's short names add VS/US, VK/UK and VN/UN.
const ACRONYMS: readonly Equivalent[] = [
  {nl: ['NAVO'], en: ['NATO']},
  {nl: ['EER'], en: ['EEA']},
  {nl: ['EHRM'], en: ['ECtHR', 'ECHR']},
  {nl: ['EVRM'], en: ['ECHR']},
  {nl: ['OVSE'], en: ['OSCE']},
  {nl: ['OESO'], en: ['OECD']},
  {nl: ['EEG'], en: ['EEC']},
  {nl: ['EG'], en: ['EC']},
  {nl: ['EGKS'], en: ['ECSC']},
  {nl: ['EDEO'], en: ['EEAS']},
  {nl: ['GBVB'], en: ['CFSP']},
  {nl: ['GVDB'], en: ['CSDP']},
  {nl: ['EMU'], en: ['EMU']},
  {nl: ['BBP', 'bbp'], en: ['GDP']},
  {nl: ['BTW', 'btw'], en: ['VAT']},
  {nl: ['KI'], en: ['AI']},
  {nl: ['ngo', "ngo's"], en: ['NGO', 'NGOs']},
  {nl: ['ISIS', 'Daesh'], en: ['ISIL', 'ISIS', 'Daesh']},
];

/**
 * Words that institutions, offices and titles are made of: written with a
 * capital in a name ("Algemene Zaken", "Member States", "the Security
 * Council") they are still common nouns, translated like any other word, so a
 * name made only of them is no evidence. A Dutch compound ending in one
 * ("Veiligheidsraad") counts too.
 */
export const COMMON_NOUNS: ReadonlySet<string> = new Set(
  [
    // English
    'affairs agency agenda agreement ambassador assembly authority bank board cabinet central chair chairman chamber charter climate commission',
    'commissioner committee community conference convention cooperation council court culture declaration defence defense department deputy',
    'development digital directive dr economic economy education embassy employment energy environment excellency federal finance foreign forum',
    'fund general goals government governments group head heads health high highness home house infrastructure initiative institute interior',
    'international joint justice king kingdom majesty member members minister ministers ministry mission mr mrs ms national office parliament',
    'partnership permanent plan presidency president prime prince princess programme protocol province queen region regional relations',
    'representative republic royal secretariat secretary security senate service sir social state states strategy summit sustainable technology',
    'trade transition treaty union vice welfare working',
    // Dutch
    'agentschap akkoord algemene ambassade ambassadeur asiel binnenlandse buitenlandse centrale comité commissaris commissie conferentie cultuur',
    'defensie departement economische federale financiën fonds gemeenschap gewest handel heer hof infrastructuur justitie kabinet kamer klimaat',
    'koning koningin koninklijke koninkrijk landbouw lidstaat lidstaten mevrouw migratie minister ministerie ministers nationale onderwijs',
    'overleg parlement permanente premier president provincie raad regering regeringen relaties republiek secretaris senaat sociale staat',
    'staatssecretaris staten technologie top transitie unie veiligheid verdrag vergadering verklaring volksgezondheid voorzitter voorzitterschap',
    'waterstaat welzijn werkgelegenheid wetenschap zaken',
  ]
    .join(' ')
    .split(' ')
    .map((word) => word.normalize('NFD').replace(/\p{M}/gu, '')),
);

// ---- Numbers in words ---------------------------------------------------------

const DUTCH_UNITS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const DUTCH_TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const ENGLISH_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ENGLISH_ORDINALS: Record<string, string> = {one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth'};

/** 21 is "eenentwintig", 22 "tweeëntwintig": the units come first, joined by "en". */
function dutchCardinal(n: number): string {
  if (n === 100) return 'honderd';
  if (n < 20) return DUTCH_UNITS[n]!;
  const unit = n % 10;
  const tens = DUTCH_TENS[Math.floor(n / 10)]!;
  if (unit === 0) return tens;
  const first = unit === 1 ? 'een' : DUTCH_UNITS[unit]!;
  return `${first}${first.endsWith('e') ? 'ën' : 'en'}${tens}`;
}

function dutchOrdinal(n: number): string {
  if (n === 1) return 'eerste';
  if (n === 3) return 'derde';
  if (n === 8) return 'achtste';
  return `${dutchCardinal(n)}${n < 20 ? 'de' : 'ste'}`;
}

function englishCardinal(n: number): string {
  if (n === 100) return 'hundred';
  if (n < 20) return ENGLISH_UNITS[n]!;
  const unit = n % 10;
  const tens = ENGLISH_TENS[Math.floor(n / 10)]!;
  return unit === 0 ? tens : `${tens}-${ENGLISH_UNITS[unit]}`;
}

function englishOrdinal(n: number): string {
  const cardinal = englishCardinal(n);
  const [head, last = head] = cardinal.includes('-') ? [cardinal.slice(0, cardinal.lastIndexOf('-') + 1), cardinal.slice(cardinal.lastIndexOf('-') + 1)] : ['', cardinal];
  const ordinal = ENGLISH_ORDINALS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return `${head}${ordinal}`;
}

let numberWords: ReadonlyMap<string, string> | undefined;

/** Number words that are also words of the other language ("ten minste", "dozen" for boxes): counterparts, never evidence. */
export const AMBIGUOUS_NUMBER_WORDS: ReadonlySet<string> = new Set(['ten', 'dozen']);

/**
 * Cardinals and ordinals from two to one hundred in Dutch and English, and
 * the words for both, a half, a quarter and a dozen, each to its value as the
 * check writes figures (`3`, `0.5`). One and first (één, eerste) are left out:
 * they are articles and adverbs ("one of", "first and foremost") as often as
 * figures.
 */
export function numberWordValues(): ReadonlyMap<string, string> {
  if (numberWords) return numberWords;
  const words = new Map<string, string>();
  for (let n = 2; n <= 100; n++) {
    for (const word of [dutchCardinal(n), dutchOrdinal(n), englishCardinal(n), englishOrdinal(n)]) words.set(word, String(n));
  }
  // "Both countries" are the two countries: "onze twee landen" is often "both of our countries".
  for (const word of ['beide', 'beiden', 'allebei', 'both']) words.set(word, '2');
  for (const word of ['half', 'halve', 'helft']) words.set(word, '0.5');
  for (const word of ['kwart', 'quarter']) words.set(word, '0.25');
  for (const word of ['dozijn', 'dozen']) words.set(word, '12');
  numberWords = words;
  return words;
}

// ---- Names --------------------------------------------------------------------

// CLDR's regions beyond the countries: the world, the continents and their parts.
const M49_AREAS = ['001', '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let groups: ReadonlyArray<readonly string[]> | undefined;

function canonicalRegion(code: string): string {
  return Intl.getCanonicalLocales(`und-${code}`)[0]!.slice('und-'.length);
}

/**
 * Every set of names that are the same name in Dutch and English: CLDR's
 * countries, areas, languages, months and weekdays, then the lists above
 * (a nationality joins its country's CLDR names). Built on first use.
 */
export function equivalentNames(): ReadonlyArray<readonly string[]> {
  if (groups) return groups;
  const byId = new Map<string, Set<string>>();
  const add = (id: string, ...names: Array<string | undefined>) => {
    const set = byId.get(id) ?? new Set<string>();
    for (const name of names) if (name) set.add(name);
    byId.set(id, set);
  };
  const display = (locale: string, type: 'region' | 'language', style: 'long' | 'short') => new Intl.DisplayNames([locale], {type, style, fallback: 'none'});
  const regions = [...LETTERS].flatMap((first) => [...LETTERS].map((second) => `${first}${second}`)).concat(M49_AREAS);
  const languages = [...LETTERS.toLowerCase()].flatMap((first) => [...LETTERS.toLowerCase()].map((second) => `${first}${second}`));
  for (const style of ['long', 'short'] as const) {
    const [nl, en] = [display('nl', 'region', style), display('en', 'region', style)];
    // A withdrawn code (DD, UK) is named as the one that replaced it (DE, GB): one group for both.
    for (const code of regions) add(`region:${canonicalRegion(code)}`, nl.of(code), en.of(code));
    const [nlLanguage, enLanguage] = [display('nl', 'language', style), display('en', 'language', style)];
    for (const code of languages) {
      // Some pairs of letters are not valid language subtags at all.
      try {
        add(`language:${code}`, nlLanguage.of(code), enLanguage.of(code));
      } catch {
        continue;
      }
    }
  }
  const month = (locale: string) => new Intl.DateTimeFormat(locale, {month: 'long', timeZone: 'UTC'});
  const weekday = (locale: string) => new Intl.DateTimeFormat(locale, {weekday: 'long', timeZone: 'UTC'});
  for (let index = 0; index < 12; index++) {
    const date = new Date(Date.UTC(2021, index, 1));
    add(`month:${index}`, month('nl').format(date), month('en').format(date));
  }
  for (let index = 0; index < 7; index++) {
    // 4 January 2021 was a Monday.
    const date = new Date(Date.UTC(2021, 0, 4 + index));
    add(`weekday:${index}`, weekday('nl').format(date), weekday('en').format(date));
  }
  [...NATIONALITIES, ...PLACES, ...ACRONYMS].forEach((entry, index) => add(entry.region ? `region:${entry.region}` : `entry:${index}`, ...entry.nl, ...entry.en));
  // A name CLDR gives only in one form, the same in both languages, is no equivalence.
  groups = [...byId.values()].map((set) => [...set]).filter((names) => names.length > 1);
  return groups;
}
