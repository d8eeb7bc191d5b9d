/**
 * News reports that must keep their event (cluster/no-event.test.ts): each carries a word or a shape an
 * eventless page has (an opinion quoted, an editorial reported, a disclaimer quoted, a section named
 * in the address, a list under a heading), and each reports an event. Written for the test.
 */
export interface ReportCase {
  why: string;
  headline: string;
  url?: string;
  body: string;
}

export const REPORTS_WITH_EVENTS: readonly ReportCase[] = [
  {
    why: 'an opinion quoted in a report',
    headline: 'Two hurt as scaffolding falls on Quay Street',
    body: 'Two pedestrians were hurt on Tuesday when scaffolding fell on Quay Street.\n\n"In my view, the site was never safe," the police chief said.\n\nThe builder said it would review its checks.',
  },
  {
    why: 'a report on an editorial board endorsing a candidate',
    headline: 'Harbour Herald editorial board endorses Okafor for mayor',
    url: 'https://herald.example/news/politics/2026/11/editorial-board-endorses-okafor',
    body: "The Harbour Herald's editorial board on Sunday endorsed Grace Okafor for mayor, the paper's first endorsement of a challenger since 1998.\n\nOkafor welcomed the editorial.",
  },
  {
    why: 'a row over a post, the disclaimer told in the past tense',
    headline: 'Bank suspends analyst over post on strike',
    body: 'Meridian Bank suspended an analyst on Friday over a blog post about the dock strike.\n\nThe bank said the views expressed were the author\'s own and did not reflect its position.',
  },
  {
    why: 'a disclaimer quoted inside a report',
    headline: 'Paper apologises for column on flood victims',
    body: 'The Valley Courier apologised on Monday for a column on the flood victims.\n\n"The views expressed in this column are the author\'s own," read a note the paper added to it, which readers called too little.',
  },
  {
    why: 'an opinion poll in the headline',
    headline: 'Opinion poll: Okafor leads by six points',
    body: 'A poll published on Thursday gave Grace Okafor a six-point lead in the mayoral race.',
  },
  {
    why: 'public opinion in the headline',
    headline: 'Public opinion turns against the port operator after spill',
    body: 'Residents rallied on Saturday outside the port after Tuesday\'s fuel spill.',
  },
  {
    why: 'an analysis label on a report',
    headline: 'Analysis: What the ferry grounding means for the island',
    body: 'The ferry ran aground off Skerry on Wednesday with 140 passengers aboard; all were taken off safely.',
  },
  {
    why: "a section named news_opinion in the address, as one outlet files its local news",
    headline: 'Five hurt in garden party shooting',
    url: 'http://www.heraldcity.example/news_opinion/city_desk/2014/06/party_shooting_leaves_five_hurt',
    body: 'Gunfire at a garden party wounded five guests before dawn on Sunday, police said.',
  },
  {
    why: "an address ending in a story's comments page",
    headline: 'Bridge closed after lorry strike',
    url: 'https://news.example/local/bridge-closed-after-lorry-strike/comment/',
    body: 'The Mill Lane bridge was closed on Monday after a lorry struck it.',
  },
  {
    why: 'a contents heading deep in a long report',
    headline: 'Council publishes flood inquiry report',
    body: 'The council published its inquiry into the March floods on Tuesday.\n\nThe report runs to 300 pages.\n\nIt blames blocked culverts.\n\nCouncillors will debate it next week.\n\nContents\nThe night of the flood\nThe culverts\nWhat comes next',
  },
  {
    why: 'an issue named in a sentence, with a list after it',
    headline: 'Magazine recalls issue over printing fault',
    body: 'In this issue of the Gazette a printing fault left pages blank, the publisher said on Friday.\nPages 4 to 9\nThe crossword\nThe letters page',
  },
  {
    why: 'a column label elsewhere in the headline',
    headline: 'Man charged after columnist attacked outside office',
    body: 'A man was charged on Wednesday after a newspaper columnist was attacked outside her office.',
  },
  {
    why: 'an opinion subsection deep in a news address',
    headline: 'Appeal court halts ferry contract',
    url: 'https://courier.example/news/business/opinion/appeal-court-halts-ferry-contract',
    body: 'The Court of Appeal on Tuesday halted the award of the island ferry contract, ruling 3-0 that the tender broke procurement rules.',
  },
  {
    why: 'a comment subsection deep in a local news address',
    headline: 'Bus crash injures nine in Sheffield',
    url: 'https://www.gazette.example/news/sheffield/comment/bus-crash-injures-nine-4411',
    body: 'Nine people were hurt when a bus hit a wall in Sheffield on Sunday morning, South Yorkshire Police said.',
  },
  {
    why: 'an opinion path in the query string only',
    headline: 'Bus crash injures nine in Sheffield',
    url: 'https://gazette.example?ref=/opinion/columns',
    body: 'Nine people were hurt when a bus hit a wall in Sheffield on Sunday morning, South Yorkshire Police said.',
  },
  {
    why: "an explainer's sections under a contents heading, its report after them",
    headline: 'Spring statement: what it means for you',
    body: 'Contents\nCouncil tax\nChild benefit\nRail fares\nThe finance minister on Thursday froze council tax for a second year and cut rail fares by 5%.',
  },
];
