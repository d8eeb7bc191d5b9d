/**
 * The home city of a US television or news radio station named by its call sign in an outlet's web
 * address ("wsbtv.com": WSB, Atlanta; "kait8.com": KAIT, Jonesboro). Local stations report their own
 * market first, and a station's address names no city, so without this a story that names no town
 * has no place at all. The table is general knowledge written down by hand (the stations' studio
 * cities as the FCC's licence records and the stations' own pages give them), not read from any data
 * set: the network affiliates and large independents of the US markets, and a few all-news radio
 * stations. A station's city is its newsroom's, where its region's stories are filed; a story from
 * elsewhere in the market is still a miss, which is why the place it gives is marked `inferred`.
 */

/** Per state, "CALL City" pairs (several calls may share a city: "WSB WGCL WXIA WAGA Atlanta"). */
const STATIONS: Readonly<Record<string, string>> = {
  AK: 'KTUU KTVA Anchorage',
  AL: 'WBMA WIAT WVTM WBRC Birmingham; WAAY WHNT WAFF Huntsville; WKRG WPMI WALA Mobile; WSFA WAKA Montgomery; WTVY WDHN Dothan',
  AR: 'KATV KTHV KARK KLRT Little Rock; KAIT Jonesboro; KFSM KHBS Fort Smith',
  AZ: 'KNXV KPHO KPNX KSAZ KTVK Phoenix; KGUN KOLD KVOA Tucson; KYMA Yuma',
  CA: 'KABC KCBS KNBC KTTV KTLA KCAL KCOP KNX Los Angeles; KGO KPIX KRON San Francisco; KTVU Oakland; KNTV San Jose; KXTV KOVR KCRA KTXL Sacramento; KGTV KFMB KNSD KSWB San Diego; KFSN KGPE KSEE KMPH Fresno; KBAK KERO Bakersfield; KEYT Santa Barbara; KESQ Palm Springs; KSBW KION Salinas; KHSL Chico; KRCR Redding; KIEM Eureka',
  CO: 'KMGH KCNC KUSA KDVR KWGN Denver; KRDO KKTV Colorado Springs; KOAA Pueblo; KKCO KJCT Grand Junction',
  CT: 'WTNH New Haven; WFSB WTIC Hartford; WVIT New Britain',
  DC: 'WJLA WUSA WRC WTTG WDCW WTOP Washington',
  FL: 'WPLG WFOR WTVJ WSVN Miami; WFTV WKMG WESH WOFL Orlando; WFTS WFLA WTVT Tampa; WTSP Saint Petersburg; WJXX WJAX WTLV WFOX Jacksonville; WPBF WPEC WPTV WFLX West Palm Beach; WINK WBBH WZVN Fort Myers; WCJB Gainesville; WTXL WCTV Tallahassee; WJHG WMBB Panama City; WEAR Pensacola',
  GA: 'WSB WGCL WXIA WAGA Atlanta; WJCL WTOC WSAV Savannah; WJBF WRDW WAGT Augusta; WTVM WRBL WLTZ Columbus; WALB Albany; WMAZ WMGT Macon',
  HI: 'KITV KGMB KHNL KHON Honolulu',
  IA: 'KCCI WHO Des Moines; WOI Ames; KCRG KGAN Cedar Rapids; KWQC Davenport; KWWL Waterloo',
  ID: 'KBOI KTVB Boise; KIVI Nampa; KIFI Idaho Falls',
  IL: 'WLS WBBM WMAQ WFLD WGN WCIU Chicago; WREX WTVO Rockford; WMBD WEEK Peoria; WCIA Champaign; WICS Springfield; WAND Decatur; WQAD Moline; WSIL Harrisburg; WIFR Rockford',
  IN: 'WRTV WISH WTHR WXIN Indianapolis; WEHT WFIE WTVW Evansville; WPTA WANE Fort Wayne; WTHI Terre Haute; WNDU WSBT South Bend; WLFI Lafayette',
  KS: 'KAKE KSN Wichita; KWCH Hutchinson; WIBW KSNT Topeka',
  KY: 'WHAS WLKY WAVE WDRB Louisville; WTVQ WKYT WLEX WDKY Lexington; WPSD Paducah; WBKO Bowling Green',
  LA: 'WGNO WWL WDSU WVUE New Orleans; WBRZ WAFB WVLA Baton Rouge; KTBS KSLA KTAL Shreveport; KATC KLFY Lafayette; KPLC Lake Charles; KNOE Monroe; KALB Alexandria',
  MA: 'WCVB WBZ WHDH WFXT Boston; WWLP WGGB Springfield',
  MD: 'WMAR WJZ WBAL WBFF Baltimore',
  ME: 'WMTW WCSH WGME Portland; WABI WLBZ Bangor',
  MI: 'WXYZ WWJ WDIV WJBK WKBD Detroit; WZZM WOOD WXMI Grand Rapids; WWMT Kalamazoo; WJRT WEYI Flint; WNEM Saginaw; WLNS WILX Lansing; WPBN Traverse City',
  MN: 'WCCO KARE KMSP Minneapolis; KSTP Saint Paul; KBJR KDLH Duluth; KTTC Rochester',
  MO: 'KDNL KMOV KSDK KTVI Saint Louis; KMBC KCTV KSHB WDAF Kansas City; KSPR KOLR KYTV Springfield; KOMU KMIZ Columbia; KFVS Cape Girardeau; KODE KSNF Joplin; KQTV Saint Joseph',
  MS: 'WAPT WJTV WLBT Jackson; WDAM Hattiesburg; WTVA Tupelo; WLOX Biloxi; WTOK Meridian',
  MT: 'KTVQ KULR Billings; KPAX Missoula; KRTV Great Falls',
  NC: 'WSOC WBTV WCNC WJZY Charlotte; WRAL WNCN Raleigh; WTVD Durham; WFMY Greensboro; WXII WXLV Winston-Salem; WGHP High Point; WLOS Asheville; WITN Washington; WNCT Greenville; WWAY WECT Wilmington',
  ND: 'WDAY KVLY KXJB Fargo',
  NE: 'KETV KMTV WOWT Omaha; KOLN Lincoln',
  NM: 'KOAT KRQE KOB Albuquerque',
  NV: 'KTNV KLAS KSNV KVVU Las Vegas; KOLO KTVN KRNV Reno',
  NY: 'WABC WCBS WNBC WNYW WPIX WINS New York City; WKBW WIVB WGRZ Buffalo; WTEN WNYT Albany; WRGB Schenectady; WHAM WROC WHEC Rochester; WSYR WSTM Syracuse; WBNG Binghamton; WWNY Watertown',
  OH: 'WEWS WOIO WKYC WJW Cleveland; WSYX WBNS WCMH WTTE Columbus; WCPO WKRC WLWT WXIX Cincinnati; WKEF WHIO WDTN Dayton; WTVG WTOL WNWO Toledo; WKBN WFMJ WYTV Youngstown',
  OK: 'KOCO KWTV KFOR KOKH Oklahoma City; KTUL KOTV KJRH KOKI Tulsa; KSWO Lawton',
  OR: 'KATU KOIN KGW KPTV Portland; KEZI KVAL KMTR Eugene; KOBI KTVL Medford',
  PA: 'WPVI KYW WCAU WTXF WPHL Philadelphia; WTAE KDKA WPXI WPGH Pittsburgh; WHTM WHP Harrisburg; WGAL Lancaster; WPMT York; WJET WICU WSEE Erie; WJAC Johnstown; WTAJ Altoona; WNEP Scranton; WFMZ Allentown',
  RI: 'WLNE WPRI WJAR Providence',
  SC: 'WYFF WHNS Greenville; WSPA Spartanburg; WOLO WLTX WIS Columbia; WCIV WCSC WCBD Charleston; WMBF Myrtle Beach; WPDE Florence',
  SD: 'KSFY KELO Sioux Falls; KOTA Rapid City',
  TN: 'WKRN WTVF WSMV WZTV Nashville; WATN WREG WMC WHBQ Memphis; WATE WVLT WBIR WTNZ Knoxville; WTVC WDEF WRCB Chattanooga; WJHL Johnson City; WBBJ Jackson',
  TX: 'WFAA KDFW KDAF Dallas; KXAS KTVT Fort Worth; KTRK KHOU KPRC KRIV KIAH Houston; KSAT KENS WOAI KABB San Antonio; KVUE KEYE KXAN KTBC Austin; KAMC KLBK KCBD Lubbock; KVII KFDA KAMR Amarillo; KVIA KDBC KTSM El Paso; KIII KZTV KRIS Corpus Christi; KXXV KWTX Waco; KBTX Bryan; KLTV Tyler; KBMT KFDM Beaumont; KAUZ Wichita Falls; KTXS KRBC Abilene; KXII Sherman',
  UT: 'KTVX KUTV KSL KSTU Salt Lake City',
  VA: 'WVEC WTKR WVBT Norfolk; WAVY Portsmouth; WRIC WTVR WWBT WRLH Richmond; WDBJ WSLS Roanoke; WSET Lynchburg; WHSV Harrisonburg; WVIR Charlottesville; WCYB Bristol',
  VT: 'WCAX Burlington',
  WA: 'KOMO KIRO KING KSTW Seattle; KCPQ Tacoma; KXLY KREM KHQ Spokane; KIMA Yakima',
  WI: 'WISN WDJT WTMJ WITI Milwaukee; WBAY WFRV WGBA Green Bay; WKOW WISC WMTV Madison; WKBT WXOW La Crosse; WSAW WAOW Wausau; WEAU Eau Claire',
  WV: 'WCHS Charleston; WSAZ WOWK Huntington; WVVA Bluefield',
  WY: 'KCWY Casper; KGWN Cheyenne',
};

/** A call sign's home city and its state's postal code. */
export interface StationHome {
  city: string;
  state: string;
}

let byCall: Map<string, StationHome> | null = null;

function load(): Map<string, StationHome> {
  const map = new Map<string, StationHome>();
  for (const [state, list] of Object.entries(STATIONS)) {
    for (const group of list.split(';')) {
      const words = group.trim().split(/\s+/);
      const calls = words.filter((w) => /^[KW][A-Z]{2,3}$/.test(w));
      const city = words.slice(calls.length).join(' ');
      for (const call of calls) map.set(call.toLowerCase(), { city, state });
    }
  }
  return map;
}

/**
 * What may follow a call sign in an address label: nothing, a channel number, "tv" or a band, and
 * "news" or "actionnews" ("wsbtv", "kait8", "ktvb", "wistv", "wmcactionnews5"). A three-letter call at the start
 * of a longer word ("wisconsin") is no station.
 */
const AFTER_CALL = /^(?:-?(?:tv|dt|am|fm|hd))?\d{0,2}(?:(?:action)?news\d{0,2}|now|online)?$/;

/** The station a web address's host label names by its call sign, with its home city. */
export function stationHome(label: string): StationHome | null {
  byCall ??= load();
  const word = label.toLowerCase();
  for (const length of [4, 3]) {
    const home = byCall.get(word.slice(0, length));
    if (home && AFTER_CALL.test(word.slice(length))) return home;
  }
  return null;
}

/**
 * A station's call sign written in a page's site name ("FOX10 News - WALA", "FOX 8 WVUE New Orleans
 * - Local Headlines"), for a station whose address is a brand, not its call ("fox10tv.com"). Four capitals,
 * or three with "-TV": three capitals alone are too often something else ("WHO" of the World Health
 * Organization beside Des Moines' WHO).
 */
const CALL_IN_NAME = /\b(?:([KW][A-Z]{3})(?:-(?:TV|DT))?|([KW][A-Z]{2})-TV)\b/g;

/** The station a site name names by its call sign, with its home city. */
export function stationOfSiteName(siteName: string): StationHome | null {
  byCall ??= load();
  for (const m of siteName.matchAll(CALL_IN_NAME)) {
    const home = byCall.get((m[1] ?? m[2]!).toLowerCase());
    if (home) return home;
  }
  return null;
}

/** Every call sign the table holds, in lower case. */
export function stationCalls(): string[] {
  byCall ??= load();
  return [...byCall.keys()];
}
