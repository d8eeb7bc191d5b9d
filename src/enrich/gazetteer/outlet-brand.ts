/**
 * The home city of a US local outlet whose web address names neither its city nor a station's call
 * sign: a paper known by its title or initials ("ajc.com": the Atlanta Journal-Constitution; "chron.com":
 * the Houston Chronicle; "stltoday.com") or a station known by its network and channel ("fox59.com":
 * Indianapolis; "abc13.com": Houston). outlet-city.ts and station-city.ts read the others. Such an outlet
 * reports its own area first, so for a story whose page names no place at all (a paywall's stub, a
 * video page) its city is the likeliest scene, a guess marked `inferred`, as a station's is. Only that:
 * a paper also carries state and national stories, so its city is no outlet city to read the story's
 * places against. National outlets (USA Today, the New York Post) are left out.
 * The table is general knowledge written down by hand (each outlet's newsroom city), not read from any
 * data set: large papers and stations of the US markets.
 */

/** Per state, "host host City" groups (several hosts may share a city). Hosts without "www.". */
const OUTLETS: Readonly<Record<string, string>> = {
  AK: 'adn.com Anchorage; newsminer.com Fairbanks',
  AR: 'arkansasonline.com thv11.com arkansasmatters.com Little Rock',
  AZ: 'azcentral.com abc15.com cbs5az.com azfamily.com fox10phoenix.com Phoenix; tucson.com Tucson',
  CA: 'latimes.com abc7.com nbclosangeles.com dailynews.com Los Angeles; sfgate.com San Francisco; mercurynews.com nbcbayarea.com San Jose; presstelegram.com Long Beach; sacbee.com fox40.com Sacramento; abc30.com fresnobee.com Fresno; cbs8.com San Diego; pe.com Riverside; recordnet.com Stockton; modbee.com Modesto; turnto23.com Bakersfield; times-standard.com Eureka',
  CO: 'gazette.com Colorado Springs; gjsentinel.com Grand Junction',
  CT: 'courant.com Hartford',
  DC: 'washingtonpost.com nbcwashington.com fox5dc.com Washington',
  DE: 'delawareonline.com Wilmington',
  FL: 'sun-sentinel.com Fort Lauderdale; local10.com Miami; palmbeachpost.com cbs12.com West Palm Beach; tbo.com Tampa; tampabay.com baynews9.com Saint Petersburg; news4jax.com actionnewsjax.com Jacksonville; abcactionnews.com Tampa; news-journalonline.com Daytona Beach; fox4now.com Cape Coral; news-press.com nbc-2.com abc-7.com Fort Myers; tcpalm.com Stuart',
  GA: 'ajc.com cbs46.com Atlanta; macon.com Macon; onlineathens.com Athens; ledger-enquirer.com Columbus',
  ID: 'postregister.com Idaho Falls',
  IA: 'thegazette.com Cedar Rapids',
  IL: 'suntimes.com Chicago; thesouthern.com Carbondale; thetelegraph.com Alton',
  IN: 'indystar.com fox59.com theindychannel.com Indianapolis; 14news.com Evansville',
  KS: 'kansas.com Wichita; hutchnews.com Hutchinson',
  KY: 'courier-journal.com Louisville; kentucky.com lex18.com Lexington',
  LA: 'nola.com fox8live.com New Orleans; theadvocate.com Baton Rouge',
  MD: 'abc2news.com Baltimore',
  MI: 'freep.com Detroit; abc12.com Flint; fox17online.com Grand Rapids',
  MN: 'startribune.com Minneapolis; twincities.com Saint Paul',
  MO: 'stltoday.com fox2now.com Saint Louis; fox4kc.com Kansas City; ky3.com Springfield',
  MS: 'clarionledger.com msnewsnow.com Jackson',
  MT: 'helenair.com Helena',
  NC: 'newsobserver.com Raleigh; abc11.com Durham; myfox8.com High Point',
  NJ: 'trentonian.com Trenton',
  NM: 'abqjournal.com Albuquerque',
  NV: 'reviewjournal.com fox5vegas.com Las Vegas',
  NY: 'abc7ny.com pix11.com New York City',
  OH: 'toledoblade.com Toledo; dispatch.com 10tv.com nbc4i.com Columbus; newsnet5.com fox8.com Cleveland; local12.com fox19.com Cincinnati; ohio.com Akron',
  OK: 'news9.com Oklahoma City; newson6.com Tulsa',
  OR: 'oregonlive.com Portland',
  PA: 'triblive.com post-gazette.com Pittsburgh; 6abc.com inquirer.com Philadelphia; fox43.com York; abc27.com Harrisburg; erienewsnow.com Erie; mcall.com Allentown; readingeagle.com Reading',
  SC: 'thestate.com Columbia; postandcourier.com abcnews4.com live5news.com Charleston; thetandd.com Orangeburg; foxcarolina.com Greenville',
  TN: 'tennessean.com newschannel5.com Nashville; commercialappeal.com Memphis; knoxnews.com Knoxville; timesfreepress.com Chattanooga',
  TX: 'chron.com abc13.com Houston; fox4news.com Dallas; star-telegram.com nbcdfw.com Fort Worth; 12newsnow.com Beaumont; kdhnews.com Killeen; news-journal.com Longview',
  UT: 'sltrib.com deseretnews.com Salt Lake City; heraldextra.com Provo',
  VA: 'nbc12.com Richmond; dailypress.com Newport News; pilotonline.com 13newsnow.com Norfolk',
  WA: 'q13fox.com Seattle; thenewstribune.com Tacoma; columbian.com Vancouver; tri-cityherald.com Kennewick',
  WV: 'wvgazettemail.com Charleston',
  WI: 'jsonline.com fox6now.com cbs58.com Milwaukee; channel3000.com Madison',
};

export interface OutletHome {
  city: string;
  /** US postal code. */
  state: string;
}

let byHost: Map<string, OutletHome> | null = null;

function load(): Map<string, OutletHome> {
  const map = new Map<string, OutletHome>();
  for (const [state, groups] of Object.entries(OUTLETS)) {
    for (const group of groups.split(';')) {
      const words = group.trim().split(/\s+/);
      const hosts = words.filter((w) => w.includes('.'));
      const city = words.filter((w) => !w.includes('.')).join(' ');
      for (const host of hosts) map.set(host, { city, state });
    }
  }
  return map;
}

/** The home of the outlet at this host name ("www.ajc.com", "homicides.ajc.com"): its registered name's entry. */
export function outletBrandHome(hostname: string): OutletHome | null {
  byHost ??= load();
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  return byHost.get(labels.slice(-2).join('.')) ?? null;
}

/** Every host the table holds, for its test. */
export function outletBrandHosts(): string[] {
  byHost ??= load();
  return [...byHost.keys()];
}
